//! An ordered parallel map: items come from one producer, are worked on by `jobs` threads, and
//! reach the consumer in the producer's order. At most `window` items are in flight, so memory
//! stays bounded whatever the input's size and however uneven the items' cost.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Condvar, Mutex, PoisonError};

/// What the consumer wants after an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Go on.
    Continue,
    /// Stop: enough has been written (`--limit`), or the output is gone.
    Stop,
}

/// Run `work` over the items of `produce` on `jobs` threads (none when `jobs` ≤ 1: everything
/// runs on the calling thread) and hand the results to `consume` in order.
///
/// An `Err` from `produce`, `work` or `consume` stops everything after the results before it
/// have been consumed, and is returned.
pub fn ordered<T, R, E>(
    jobs: usize,
    window: usize,
    mut produce: impl FnMut() -> Option<Result<T, E>> + Send,
    work: impl Fn(T) -> Result<R, E> + Sync,
    mut consume: impl FnMut(R) -> Result<Flow, E>,
) -> Result<(), E>
where
    T: Send,
    R: Send,
    E: Send,
{
    if jobs <= 1 {
        while let Some(item) = produce() {
            if consume(work(item?)?)? == Flow::Stop {
                break;
            }
        }
        return Ok(());
    }
    let window = window.max(jobs);
    // `consumed` counts the results handed to `consume`; the producer waits on it.
    let consumed = Mutex::new(0usize);
    let progress = Condvar::new();
    let stop = AtomicBool::new(false);
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, T)>(jobs);
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, Result<R, E>)>();
    std::thread::scope(|scope| {
        let producer_done = done_tx.clone();
        let (consumed, progress, stop, work) = (&consumed, &progress, &stop, &work);
        scope.spawn(move || {
            let mut seq = 0usize;
            loop {
                {
                    let mut done = consumed.lock().unwrap_or_else(PoisonError::into_inner);
                    while seq >= *done + window && !stop.load(Ordering::Acquire) {
                        done = progress.wait(done).unwrap_or_else(PoisonError::into_inner);
                    }
                }
                if stop.load(Ordering::Acquire) {
                    break;
                }
                match produce() {
                    None => break,
                    Some(Ok(item)) => {
                        if work_tx.send((seq, item)).is_err() {
                            break;
                        }
                    }
                    Some(Err(e)) => {
                        let _ = producer_done.send((seq, Err(e)));
                        break;
                    }
                }
                seq += 1;
            }
        });
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let work_rx = &work_rx;
            scope.spawn(move || loop {
                let next = work_rx
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .recv();
                let Ok((seq, item)) = next else { break };
                if stop.load(Ordering::Acquire) {
                    continue;
                }
                // The consumer may be gone (it stopped); keep draining the work channel anyway:
                // a worker that left would strand the producer on a full channel.
                let _ = done_tx.send((seq, work(item)));
            });
        }
        drop(done_tx);
        let mut pending = BTreeMap::new();
        let mut next = 0usize;
        let mut outcome = Ok(());
        'receive: while let Ok((seq, result)) = done_rx.recv() {
            pending.insert(seq, result);
            while let Some(result) = pending.remove(&next) {
                next += 1;
                match result.and_then(&mut consume) {
                    Ok(Flow::Continue) => {}
                    Ok(Flow::Stop) => break 'receive,
                    Err(e) => {
                        outcome = Err(e);
                        break 'receive;
                    }
                }
                *consumed.lock().unwrap_or_else(PoisonError::into_inner) = next;
                progress.notify_all();
            }
        }
        stop.store(true, Ordering::Release);
        // wake a producer waiting for room; the lock orders this after its check
        drop(consumed.lock().unwrap_or_else(PoisonError::into_inner));
        progress.notify_all();
        drop(done_rx);
        outcome
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(
        jobs: usize,
        n: usize,
        fail_at: Option<usize>,
        stop_at: Option<usize>,
    ) -> (Vec<usize>, Result<(), String>) {
        let mut i = 0;
        let mut seen = Vec::new();
        let result = ordered(
            jobs,
            4,
            || {
                i += 1;
                (i <= n).then_some(Ok(i))
            },
            |x: usize| {
                // uneven cost, so results arrive out of order
                std::thread::sleep(std::time::Duration::from_micros(
                    ((x * 7919) % 13) as u64 * 50,
                ));
                if Some(x) == fail_at {
                    Err(format!("item {x}"))
                } else {
                    Ok(x * 10)
                }
            },
            |r| {
                seen.push(r);
                Ok(if Some(seen.len()) == stop_at {
                    Flow::Stop
                } else {
                    Flow::Continue
                })
            },
        );
        (seen, result)
    }

    #[test]
    fn results_come_in_order_whatever_the_jobs() {
        for jobs in [1, 2, 3, 8] {
            let (seen, result) = run(jobs, 200, None, None);
            assert_eq!(result, Ok(()));
            assert_eq!(
                seen,
                (1..=200).map(|x| x * 10).collect::<Vec<_>>(),
                "jobs {jobs}"
            );
        }
    }

    #[test]
    fn an_error_stops_after_the_results_before_it() {
        for jobs in [1, 2, 4] {
            let (seen, result) = run(jobs, 200, Some(57), None);
            assert_eq!(result, Err("item 57".to_string()));
            assert_eq!(
                seen,
                (1..57).map(|x| x * 10).collect::<Vec<_>>(),
                "jobs {jobs}"
            );
        }
    }

    #[test]
    fn the_consumer_can_stop_early() {
        for jobs in [1, 2, 4] {
            let (seen, result) = run(jobs, 10_000, None, Some(5));
            assert_eq!(result, Ok(()));
            assert_eq!(seen, vec![10, 20, 30, 40, 50], "jobs {jobs}");
        }
    }

    /// Stopping while the producer is blocked on a full work channel and the workers are busy
    /// must not strand anyone (a worker that quit on the closed result channel once left the
    /// producer blocked for ever: `dump --infobox-only --limit 5` hung).
    #[test]
    fn stopping_early_never_deadlocks() {
        // a watchdog turns a deadlock into a failure instead of a hung test run
        let (done, finished) = mpsc::channel();
        std::thread::spawn(move || {
            for round in 0..200 {
                let mut i = 0;
                let mut seen = 0;
                let result = ordered(
                    2,
                    16,
                    || {
                        i += 1;
                        (i <= 1_000).then_some(Ok::<usize, ()>(i))
                    },
                    |x| {
                        std::thread::sleep(std::time::Duration::from_micros(200));
                        Ok(x)
                    },
                    |_| {
                        seen += 1;
                        Ok(if seen == 1 + round % 3 {
                            Flow::Stop
                        } else {
                            Flow::Continue
                        })
                    },
                );
                assert_eq!(result, Ok(()));
                assert_eq!(seen, 1 + round % 3);
            }
            let _ = done.send(());
        });
        assert!(
            finished
                .recv_timeout(std::time::Duration::from_secs(60))
                .is_ok(),
            "the pipeline deadlocked after an early stop"
        );
    }

    #[test]
    fn a_producer_error_arrives_in_order() {
        let mut i = 0;
        let mut seen = Vec::new();
        let result = ordered(
            2,
            4,
            || {
                i += 1;
                Some(if i == 30 { Err(i) } else { Ok(i) })
            },
            |x: usize| Ok(x),
            |r| {
                seen.push(r);
                Ok(Flow::Continue)
            },
        );
        assert_eq!(result, Err(30));
        assert_eq!(seen, (1..30).collect::<Vec<_>>());
    }
}
