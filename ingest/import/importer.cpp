#include "ingest/import/importer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <memory>
#include <numeric>
#include <system_error>
#include <thread>
#include <vector>

#include "ingest/import/jsonl_parser.h"
#include "ingest/import/ntriples_parser.h"
#include "ingest/import/triple_batch.h"
#include "ingest/import/tsv_parser.h"
#include "ingest/import/utf8_check.h"
#include "schema/bulk_triple_loader.h"
#include "schema/triple_writer.h"

namespace kg::ingest {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The whole input in one buffer: lines are then views, never copies.
Result<std::string> ReadWholeInput(const std::string& path) {
  int fd = path == "-" ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IOError(path + ": cannot open (" + std::strerror(errno) + ")");
  }
  struct stat st{};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Status::InvalidInput(path + ": is a folder; give a triples file");
  }
  std::string data;
  if (S_ISREG(st.st_mode)) data.reserve(static_cast<size_t>(st.st_size));
  char chunk[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      int saved = errno;
      if (fd != STDIN_FILENO) ::close(fd);
      return Status::IOError(path + ": read error (" + std::strerror(saved) + ")");
    }
    data.append(chunk, static_cast<size_t>(n));
  }
  if (fd != STDIN_FILENO) ::close(fd);
  return data;
}

// For stdin and unknown extensions: the first meaningful character decides.
ImportFormat SniffFormat(std::string_view data) {
  size_t at = data.find_first_not_of(" \t\r\n");
  if (at == std::string_view::npos) return ImportFormat::kTsv;
  if (data[at] == '{') return ImportFormat::kJsonl;
  if (data[at] == '<' || data.substr(at, 2) == "_:" || data[at] == '#') return ImportFormat::kNTriples;
  return ImportFormat::kTsv;
}

std::unique_ptr<LineParser> MakeParser(ImportFormat format, bool at_file_start) {
  switch (format) {
    case ImportFormat::kJsonl: return std::make_unique<JsonlParser>();
    case ImportFormat::kNTriples: return std::make_unique<NTriplesParser>();
    case ImportFormat::kTsv: break;
  }
  return std::make_unique<TsvParser>(at_file_start);
}

// A run of whole lines of the input, parsed into its own batch.
struct InputPart {
  std::string_view data;
  bool at_file_start = true;
  int64_t first_line = 1;
  int64_t lines = 0;
  TripleBatch batch;
  Status status;
  explicit InputPart(bool mention_level) : batch(mention_level) {}
};

// Parses every line of `part`; the first bad line stops with FILE:LINE.
Status ParseLines(InputPart& part, std::string_view name, ImportFormat format) {
  std::unique_ptr<LineParser> parser = MakeParser(format, part.at_file_start);
  std::string_view data = part.data;
  ImportRecord record;
  int64_t line_number = part.first_line - 1;
  size_t pos = 0;
  // A UTF-8 byte order mark says nothing.
  if (part.at_file_start && data.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  while (pos < data.size()) {
    const void* nl = std::memchr(data.data() + pos, '\n', data.size() - pos);
    size_t end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - data.data()) : data.size();
    std::string_view line = data.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    auto place = [&] { return std::string(name) + ":" + std::to_string(line_number); };
    if (auto bad = FindInvalidUtf8(line)) {
      return Status::InvalidInput(place() + ": invalid UTF-8 (or a NUL byte) at column " +
                                  std::to_string(*bad + 1));
    }
    Result<bool> parsed = parser->Parse(line, record);
    if (!parsed.ok()) return parsed.status().WithContext(place());
    if (!*parsed) continue;
    KG_RETURN_IF_ERROR(part.batch.Add(record, name, line_number).WithContext(place()));
  }
  part.lines = line_number - (part.first_line - 1);
  return Status::Ok();
}

// Splits `data` into up to `count` runs of whole lines of similar size.
std::vector<std::string_view> SplitAtLines(std::string_view data, size_t count) {
  std::vector<std::string_view> parts;
  size_t begin = 0;
  for (size_t i = 1; i < count && begin < data.size(); ++i) {
    size_t target = std::max(begin, data.size() * i / count);
    size_t nl = data.find('\n', target);
    if (nl == std::string_view::npos) break;
    parts.push_back(data.substr(begin, nl + 1 - begin));
    begin = nl + 1;
  }
  if (begin < data.size() || parts.empty()) parts.push_back(data.substr(begin));
  return parts;
}

// Below this size one thread parses the whole input: starting threads and
// merging batches would cost more than they save.
constexpr size_t kParallelParseBytes = 4 << 20;

// Parses the input in parallel parts (one per core, at most four), then
// appends the parts' batches in file order, so the result is the one a
// single pass would give. The first bad line in file order is the error.
Status ParseAll(std::string_view data, std::string_view name, ImportFormat format, TripleBatch& batch,
                ImportSummary& summary, bool mention_level) {
  size_t threads = data.size() < kParallelParseBytes
                       ? 1
                       : std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
  std::vector<std::string_view> pieces = SplitAtLines(data, threads);
  std::vector<std::unique_ptr<InputPart>> parts;
  for (size_t i = 0; i < pieces.size(); ++i) {
    parts.push_back(std::make_unique<InputPart>(mention_level));
    parts.back()->data = pieces[i];
    parts.back()->at_file_start = i == 0;
  }
  // A later part numbers its lines after the earlier parts' newlines.
  auto parse = [&](size_t i) {
    InputPart& part = *parts[i];
    for (size_t j = 0; j < i; ++j) {
      part.first_line += std::count(parts[j]->data.begin(), parts[j]->data.end(), '\n');
    }
    part.status = ParseLines(part, name, format);
  };
  std::vector<std::thread> workers;
  for (size_t i = 1; i < parts.size(); ++i) {
    try {
      workers.emplace_back(parse, i);
    } catch (const std::system_error&) {
      parse(i);  // no thread to be had: this one parses the part
    }
  }
  parse(0);
  for (std::thread& worker : workers) worker.join();

  for (const auto& part : parts) KG_RETURN_IF_ERROR(part->status);
  batch = std::move(parts[0]->batch);
  summary.lines = parts[0]->lines;
  for (size_t i = 1; i < parts.size(); ++i) {
    KG_RETURN_IF_ERROR(batch.Append(parts[i]->batch));
    summary.lines += parts[i]->lines;
  }
  summary.assertions = static_cast<int64_t>(batch.assertions().size());
  return Status::Ok();
}

// Entity and predicate ids, in the batch's order.
struct ResolvedIds {
  std::vector<int64_t> entity_id, predicate_id;
};

Result<ResolvedIds> ResolveNames(const TripleBatch& batch, TripleWriter& writer,
                                 BulkTripleLoader& loader) {
  ResolvedIds ids;
  std::vector<EntityName> names;
  names.reserve(batch.entities().size());
  for (const BatchEntity& e : batch.entities()) names.push_back({e.name, e.type});
  KG_ASSIGN_OR_RETURN(ids.entity_id, loader.ResolveEntities(names));
  for (const BatchPredicate& p : batch.predicates()) {
    PredicateSpec predicate;
    predicate.name.assign(p.name);
    if (!p.category.empty()) predicate.category = std::string(p.category);
    if (!p.cameo.empty()) predicate.cameo = std::string(p.cameo);
    KG_ASSIGN_OR_RETURN(int64_t id, writer.Predicate(predicate));
    ids.predicate_id.push_back(id);
  }
  return ids;
}

// Each id's rank in id order.
std::vector<uint32_t> RanksOf(const std::vector<int64_t>& ids) {
  std::vector<uint32_t> order(ids.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return ids[a] < ids[b]; });
  std::vector<uint32_t> rank(ids.size());
  for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  return rank;
}

std::vector<int64_t> ByRank(const std::vector<int64_t>& ids, const std::vector<uint32_t>& rank) {
  std::vector<int64_t> out(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) out[rank[i]] = ids[i];
  return out;
}

auto AssertionKey(const BatchAssertion& a) {
  return std::tuple(a.subject, a.predicate, a.object, a.mention_level, a.negated);
}

// The ids by rank, after SortByIds.
struct RankedIds {
  std::vector<int64_t> entity_by_rank, predicate_by_rank;
};

// Renumbers the assertions' entities and predicates by rank in id order
// and sorts them: that is the order of the unique index (subject,
// predicate, object, level, negated), and equal triples end up together.
RankedIds SortByIds(std::vector<BatchAssertion>& assertions, const ResolvedIds& ids) {
  const std::vector<uint32_t> entity_rank = RanksOf(ids.entity_id);
  const std::vector<uint32_t> predicate_rank = RanksOf(ids.predicate_id);
  for (BatchAssertion& a : assertions) {
    a.subject = entity_rank[a.subject];
    a.object = entity_rank[a.object];
    a.predicate = predicate_rank[a.predicate];
  }
  std::sort(assertions.begin(), assertions.end(),
            [](const BatchAssertion& x, const BatchAssertion& y) { return AssertionKey(x) < AssertionKey(y); });
  return RankedIds{ByRank(ids.entity_id, entity_rank), ByRank(ids.predicate_id, predicate_rank)};
}

// SortByIds on a helper thread while `work` runs on this one (SQLite needs
// no ids sorted, the sort no SQLite). Returns work's status.
template <typename Work>
Status SortWhile(std::vector<BatchAssertion>& assertions, const ResolvedIds& ids, RankedIds& ranked, Work work) {
  auto sort = [&] { ranked = SortByIds(assertions, ids); };
  std::thread helper;
  try {
    helper = std::thread(sort);
  } catch (const std::system_error&) {
    sort();  // no thread to be had: sort first, then work
  }
  Status status = work();
  if (helper.joinable()) helper.join();
  return status;
}

// Merges the assertions of one distinct triple into the row to store.
TripleRow MergeGroup(const TripleBatch& batch, const std::vector<int64_t>& entity_by_rank,
                     const std::vector<int64_t>& predicate_by_rank, const BatchAssertion* begin,
                     const BatchAssertion* end) {
  TripleRow row;
  row.subject = entity_by_rank[begin->subject];
  row.predicate = predicate_by_rank[begin->predicate];
  row.object = entity_by_rank[begin->object];
  row.level = begin->mention_level ? "mention" : "actor";
  row.negated = begin->negated;
  row.assertions = end - begin;
  for (const BatchAssertion* a = begin; a != end; ++a) {
    if (a->details < 0) continue;
    const AssertionDetails& d = batch.details()[static_cast<size_t>(a->details)];
    if (d.confidence && (!row.confidence || *d.confidence > *row.confidence)) row.confidence = d.confidence;
    if (!d.date.empty()) {
      if (row.first_date.empty() || d.date < row.first_date) row.first_date = d.date;
      if (row.last_date.empty() || d.date > row.last_date) row.last_date = d.date;
    }
  }
  return row;
}

Status StoreBatch(Store& store, TripleBatch& batch, ImportSummary& summary) {
  Database& db = store.db();
  // Made before the transaction, so it outlives it (see the class).
  KG_ASSIGN_OR_RETURN(ForeignKeyChecksOff no_fk_checks, ForeignKeyChecksOff::Begin(db));
  KG_ASSIGN_OR_RETURN(Transaction txn, Transaction::Begin(db));
  KG_ASSIGN_OR_RETURN(std::unique_ptr<TripleWriter> writer, TripleWriter::Create(store));
  KG_ASSIGN_OR_RETURN(std::unique_ptr<BulkTripleLoader> loader, BulkTripleLoader::Begin(store, *writer));
  summary.rebuilt_indexes = loader->rebuilds_indexes();
  KG_ASSIGN_OR_RETURN(ResolvedIds ids, ResolveNames(batch, *writer, *loader));
  summary.new_entities = loader->new_entities() + writer->new_entities();
  summary.new_predicates = writer->new_predicates();

  std::vector<BatchAssertion>& assertions = batch.assertions();
  RankedIds ranked;
  KG_RETURN_IF_ERROR(SortWhile(assertions, ids, ranked, [&] { return loader->WriteNewEntities(); }));
  const std::vector<int64_t>& entity_by_rank = ranked.entity_by_rank;
  const std::vector<int64_t>& predicate_by_rank = ranked.predicate_by_rank;

  const BatchAssertion* all = assertions.data();
  for (size_t begin = 0; begin < assertions.size();) {
    size_t end = begin + 1;
    while (end < assertions.size() && AssertionKey(assertions[end]) == AssertionKey(assertions[begin])) ++end;
    TripleRow row = MergeGroup(batch, entity_by_rank, predicate_by_rank, all + begin, all + end);
    KG_ASSIGN_OR_RETURN(int64_t triple_id, loader->Add(row));
    ++summary.distinct_triples;
    for (size_t i = begin; i < end; ++i) {
      if (all[i].details < 0) continue;
      const AssertionDetails& d = batch.details()[static_cast<size_t>(all[i].details)];
      if (!d.evidence) continue;
      KG_RETURN_IF_ERROR(writer->InsertEvidence(triple_id, *d.evidence));
      ++summary.evidence;
    }
    begin = end;
  }
  KG_RETURN_IF_ERROR(loader->Finish());
  KG_RETURN_IF_ERROR(txn.Commit());
  store.NoteOwnWrite();
  return Status::Ok();
}

}  // namespace

ParsedTriples::ParsedTriples() = default;
ParsedTriples::~ParsedTriples() = default;
ParsedTriples::ParsedTriples(ParsedTriples&&) noexcept = default;

Result<ParsedTriples> ReadTriples(const ImportOptions& options) {
  ParsedTriples parsed;
  ImportSummary& summary = parsed.summary;
  auto start = Clock::now();
  std::string name = options.path == "-" ? "stdin" : options.path;
  KG_ASSIGN_OR_RETURN(std::string data, ReadWholeInput(options.path));
  std::optional<ImportFormat> format = options.format;
  if (!format) format = GuessImportFormat(options.path);
  summary.format = format ? *format : SniffFormat(data);
  parsed.batch = std::make_unique<TripleBatch>(options.mention_level);
  KG_RETURN_IF_ERROR(ParseAll(data, name, summary.format, *parsed.batch, summary, options.mention_level));
  summary.parse_seconds = SecondsSince(start);
  return parsed;
}

Status StoreTriples(Store& store, ParsedTriples& parsed) {
  if (parsed.summary.assertions == 0) return Status::Ok();
  auto start = Clock::now();
  KG_RETURN_IF_ERROR(StoreBatch(store, *parsed.batch, parsed.summary).WithContext(store.path()));
  parsed.summary.store_seconds = SecondsSince(start);
  return Status::Ok();
}

}  // namespace kg::ingest
