// OrderedPipeline: jobs worked on by N threads and handed back in the order
// they were submitted, with a bounded number and weight of them in flight
// (queued, being worked on, or worked and waiting for their turn).
//
// `kg ingest --jobs N` analyses documents on N threads while one thread
// stores them: storing in input order keeps the database exactly what a
// single-threaded run makes (same ids, same rows), and the bounds keep
// memory to a handful of documents however large the input is. The weight
// (a document's bytes) is what lets many small documents pass one large
// one: the oldest job holds back the others until it is handed on, so a
// bound on the count alone would leave the other threads idle behind every
// long article. The submitting thread is also the one
// that takes the results (`done`), so everything `done` touches (the
// store's connection) stays on that one thread and needs no lock.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "schema/status.h"

namespace kg::ingest {

template <typename Job>
class OrderedPipeline {
 public:
  // `work(worker, job)` runs on the worker threads; each `worker` index in
  // [0, threads) belongs to one thread, so per-thread state indexed by it
  // needs no lock. `work` must not fail: a job carries its own outcome.
  using Work = std::function<void(int worker, Job& job)>;
  // Takes the worked jobs, in submission order, on the submitting thread;
  // an error stops the pipeline.
  using Done = std::function<Status(Job& job)>;

  struct Limits {
    size_t jobs = 1;    // in flight at most, at least 1
    size_t weight = 0;  // summed weight in flight at most, unless it is the only job
  };

  OrderedPipeline(int threads, Limits limits, Work work) : limits_(limits), work_(std::move(work)) {
    if (limits_.jobs < 1) limits_.jobs = 1;
    for (int w = 0; w < threads; ++w) workers_.emplace_back([this, w] { RunWorker(w); });
  }
  ~OrderedPipeline() { Stop(); }
  OrderedPipeline(const OrderedPipeline&) = delete;
  OrderedPipeline& operator=(const OrderedPipeline&) = delete;

  // Queues `job` of `weight`. While the limits leave no room for it, it
  // first waits for the oldest job and hands it to `done`; jobs already
  // worked at the front are handed on too, so that handing on (storing)
  // overlaps the work on later jobs.
  Status Submit(Job job, size_t weight, const Done& done) {
    while (!HasRoomFor(weight)) KG_RETURN_IF_ERROR(HandOnOldest(done));
    {
      std::lock_guard lock(mutex_);
      weight_ += weight;
      slots_.push_back(std::make_unique<Slot>(std::move(job), weight));
      todo_.push_back(slots_.back().get());
    }
    work_ready_.notify_one();
    return HandOnWorked(done);
  }

  // Hands every job still in flight to `done`, in order.
  Status Drain(const Done& done) {
    while (InFlight() > 0) KG_RETURN_IF_ERROR(HandOnOldest(done));
    return Status::Ok();
  }

  // Drops the jobs not yet started, waits for those being worked on and
  // joins the threads; what was not handed to `done` is discarded.
  void Stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
      todo_.clear();
    }
    work_ready_.notify_all();
    for (std::thread& t : workers_) {
      if (t.joinable()) t.join();
    }
    workers_.clear();
  }

 private:
  struct Slot {
    Slot(Job j, size_t w) : job(std::move(j)), weight(w) {}
    Job job;
    size_t weight;
    bool worked = false;
  };

  size_t InFlight() {
    std::lock_guard lock(mutex_);
    return slots_.size();
  }

  bool HasRoomFor(size_t weight) {
    std::lock_guard lock(mutex_);
    return slots_.empty() || (slots_.size() < limits_.jobs && weight_ + weight <= limits_.weight);
  }

  // Waits until the oldest job is worked, then hands it to `done`.
  Status HandOnOldest(const Done& done) {
    std::unique_ptr<Slot> slot;
    {
      std::unique_lock lock(mutex_);
      worked_.wait(lock, [&] { return slots_.front()->worked; });
      slot = std::move(slots_.front());
      slots_.pop_front();
      weight_ -= slot->weight;
    }
    return done(slot->job);
  }

  // Hands on the jobs at the front that are already worked, without waiting.
  Status HandOnWorked(const Done& done) {
    for (;;) {
      std::unique_ptr<Slot> slot;
      {
        std::lock_guard lock(mutex_);
        if (slots_.empty() || !slots_.front()->worked) return Status::Ok();
        slot = std::move(slots_.front());
        slots_.pop_front();
        weight_ -= slot->weight;
      }
      KG_RETURN_IF_ERROR(done(slot->job));
    }
  }

  void RunWorker(int worker) {
    for (;;) {
      Slot* slot = nullptr;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return stopping_ || !todo_.empty(); });
        if (stopping_) return;
        slot = todo_.front();
        todo_.pop_front();
      }
      // The slot stays owned by slots_ until it is marked worked: only this
      // thread touches its job meanwhile.
      work_(worker, slot->job);
      {
        std::lock_guard lock(mutex_);
        slot->worked = true;
      }
      worked_.notify_one();
    }
  }

  Limits limits_;
  const Work work_;
  std::mutex mutex_;
  std::condition_variable work_ready_, worked_;
  std::deque<std::unique_ptr<Slot>> slots_;  // in submission order, not yet handed on
  std::deque<Slot*> todo_;                   // not yet started
  size_t weight_ = 0;                        // of slots_
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace kg::ingest
