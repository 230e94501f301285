use lazy_singleton::*;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Barrier};
use std::thread;
use std::time::Duration;

const THREADS: usize = 16;

#[test]
fn an_empty_cell_is_filled_once() {
    let cell: OnceCell<String> = OnceCell::new();
    assert_eq!(cell.get(), None, "a new cell must be empty");
    assert_eq!(cell.get_or_init(|| "héllo, wörld 👋".to_string()), "héllo, wörld 👋", "first init");
    assert_eq!(cell.get().map(String::as_str), Some("héllo, wörld 👋"), "get after init");
    let again = cell.get_or_init(|| panic!("the initialiser must not run a second time"));
    assert_eq!(again, "héllo, wörld 👋", "second get_or_init returns the stored value");
}

#[test]
fn into_inner_gives_the_value_back() {
    let empty: OnceCell<Vec<i32>> = OnceCell::default();
    assert_eq!(empty.into_inner(), None, "into_inner of an empty cell");
    let full = OnceCell::new();
    full.get_or_init(|| vec![-1, 0, 1]);
    assert_eq!(full.into_inner(), Some(vec![-1, 0, 1]), "into_inner of a filled cell");
}

#[test]
fn sixteen_threads_race_and_the_initialiser_runs_once() {
    let cell: OnceCell<Vec<u64>> = OnceCell::new();
    let calls = AtomicUsize::new(0);
    let barrier = Barrier::new(THREADS);
    let seen: Vec<(usize, u64)> = thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|i| {
                let (cell, calls, barrier) = (&cell, &calls, &barrier);
                s.spawn(move || {
                    barrier.wait();
                    let v = cell.get_or_init(|| {
                        calls.fetch_add(1, Ordering::SeqCst);
                        thread::sleep(Duration::from_millis(2)); // widen the race window
                        vec![i as u64; 1000]
                    });
                    (v.as_ptr() as usize, v[0])
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(calls.load(Ordering::SeqCst), 1, "the initialiser must run exactly once");
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "every thread must see the same value (address, first element): {seen:?}");
    assert_eq!(cell.get().map(|v| v.as_ptr() as usize), Some(seen[0].0), "the stored value is the one the threads saw");
}

#[test]
fn a_panicking_initialiser_leaves_the_cell_empty() {
    let cell: OnceCell<i32> = OnceCell::new();
    let result = catch_unwind(AssertUnwindSafe(|| *cell.get_or_init(|| panic!("config file missing"))));
    assert!(result.is_err(), "the initialiser's panic must reach the caller");
    assert_eq!(cell.get(), None, "the cell must stay empty after a failed init");
    assert_eq!(*cell.get_or_init(|| -7), -7, "the next caller initialises it");
    assert_eq!(cell.get(), Some(&-7), "and the value sticks");
}

#[test]
fn one_panic_under_contention_then_one_successful_init() {
    let cell: OnceCell<&'static str> = OnceCell::new();
    let calls = AtomicUsize::new(0);
    let barrier = Barrier::new(THREADS);
    let outcomes: Vec<Option<&'static str>> = thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                let (cell, calls, barrier) = (&cell, &calls, &barrier);
                s.spawn(move || {
                    barrier.wait();
                    catch_unwind(AssertUnwindSafe(|| {
                        *cell.get_or_init(|| {
                            let n = calls.fetch_add(1, Ordering::SeqCst);
                            thread::sleep(Duration::from_millis(1));
                            if n == 0 {
                                panic!("first initialiser fails");
                            }
                            "ready"
                        })
                    }))
                    .ok()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let panicked = outcomes.iter().filter(|o| o.is_none()).count();
    assert_eq!(panicked, 1, "exactly the thread whose initialiser panicked fails: {outcomes:?}");
    assert!(outcomes.iter().flatten().all(|v| *v == "ready"), "all others see the value: {outcomes:?}");
    assert_eq!(calls.load(Ordering::SeqCst), 2, "one failed and one successful initialiser run");
}

#[test]
fn get_does_not_block_while_another_thread_initialises() {
    let cell: OnceCell<u8> = OnceCell::new();
    let (started_tx, started_rx) = mpsc::channel();
    let (release_tx, release_rx) = mpsc::channel::<()>();
    let cell_ref = &cell;
    thread::scope(|s| {
        let initialiser = s.spawn(move || {
            *cell_ref.get_or_init(|| {
                started_tx.send(()).unwrap();
                release_rx.recv().unwrap();
                42
            })
        });
        started_rx.recv().unwrap();
        // The initialiser is running right now and waits for us: `get` must
        // answer at once (a `get` that takes the init lock deadlocks here).
        assert_eq!(cell.get(), None, "get during initialisation");
        release_tx.send(()).unwrap();
        assert_eq!(initialiser.join().unwrap(), 42, "the initialiser's result");
    });
    assert_eq!(cell.get(), Some(&42), "get after initialisation");
}

static CONFIG_LOADS: AtomicUsize = AtomicUsize::new(0);
static CONFIG: Lazy<Vec<String>> = Lazy::new(|| {
    CONFIG_LOADS.fetch_add(1, Ordering::SeqCst);
    thread::sleep(Duration::from_millis(2));
    vec!["region=eu".to_string(), "retries=3".to_string()]
});

#[test]
fn a_static_lazy_is_a_thread_safe_singleton() {
    let barrier = Barrier::new(THREADS);
    let addresses: Vec<usize> = thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                s.spawn(|| {
                    barrier.wait();
                    assert_eq!(CONFIG.len(), 2, "CONFIG through Deref");
                    &*CONFIG as *const Vec<String> as usize
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(CONFIG_LOADS.load(Ordering::SeqCst), 1, "the static was initialised more than once");
    assert!(addresses.windows(2).all(|w| w[0] == w[1]), "all threads must see one instance: {addresses:?}");
    assert_eq!(Lazy::force(&CONFIG)[1], "retries=3", "force on the static");
}

static GLOBAL_CELL: OnceCell<u64> = OnceCell::new();

#[test]
fn a_static_once_cell_works_too() {
    let got: Vec<u64> = thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS as u64)
            .map(|i| s.spawn(move || *GLOBAL_CELL.get_or_init(|| 1000 + i)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let first = got[0];
    assert!((1000..1016).contains(&first), "value {first} must come from one of the initialisers");
    assert!(got.iter().all(|&v| v == first), "all threads must agree: {got:?}");
}

#[test]
fn a_lazy_with_a_capturing_closure_runs_it_once() {
    let calls = AtomicUsize::new(0);
    let base = 40_u32;
    let lazy = Lazy::new(|| {
        calls.fetch_add(1, Ordering::SeqCst);
        base + 2
    });
    assert_eq!(calls.load(Ordering::SeqCst), 0, "Lazy::new must not run the initialiser");
    let barrier = Barrier::new(THREADS);
    let sum: u32 = thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                s.spawn(|| {
                    barrier.wait();
                    *lazy
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    assert_eq!(sum, 42 * THREADS as u32, "every thread reads 42");
    assert_eq!(calls.load(Ordering::SeqCst), 1, "initialiser calls");
}

#[test]
fn a_lazy_whose_initialiser_panicked_stays_poisoned() {
    let lazy: Lazy<i32, _> = Lazy::new(|| -> i32 { panic!("cannot compute") });
    let first = catch_unwind(AssertUnwindSafe(|| *lazy));
    assert!(first.is_err(), "the first access must propagate the panic");
    let second = catch_unwind(AssertUnwindSafe(|| *lazy));
    assert!(second.is_err(), "the initialiser is gone: later accesses must panic too");
}

#[test]
fn the_value_is_dropped_exactly_once() {
    struct Tracked<'a>(&'a AtomicUsize);
    impl Drop for Tracked<'_> {
        fn drop(&mut self) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
    let drops = AtomicUsize::new(0);
    {
        let cell = OnceCell::new();
        cell.get_or_init(|| Tracked(&drops));
        cell.get_or_init(|| Tracked(&drops));
        assert_eq!(drops.load(Ordering::SeqCst), 0, "nothing is dropped while the cell lives");
    }
    assert_eq!(drops.load(Ordering::SeqCst), 1, "the stored value is dropped with the cell");
    let empty: OnceCell<Tracked> = OnceCell::new();
    drop(empty);
    assert_eq!(drops.load(Ordering::SeqCst), 1, "an empty cell drops nothing");
}

#[test]
fn many_reads_from_many_threads() {
    let cell: OnceCell<u64> = OnceCell::new();
    let total: u64 = thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS as u64)
            .map(|_| {
                s.spawn(|| {
                    let mut sum = 0;
                    for _ in 0..100_000 {
                        sum += *cell.get_or_init(|| 3);
                    }
                    sum
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    assert_eq!(total, 3 * 100_000 * THREADS as u64, "sum of all reads");
}
