use stampede_cache::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::Duration;

/// A cache with String keys and a manual clock reading `start`.
fn cache_at<V: Clone>(ttl: u64, start: u64) -> (Arc<ManualClock>, StampedeCache<String, V, Arc<ManualClock>>) {
    let clock = Arc::new(ManualClock::new(start));
    let cache = StampedeCache::new(ttl, Arc::clone(&clock));
    (clock, cache)
}

#[test]
fn miss_loads_then_hit_is_served_from_cache() {
    let (_clock, cache) = cache_at(100, 0);
    let calls = AtomicUsize::new(0);
    let load = |k: &String| {
        calls.fetch_add(1, Ordering::SeqCst);
        format!("value of {k}")
    };
    let first = cache.get_or_load("user:1".to_string(), load);
    let second = cache.get_or_load("user:1".to_string(), load);
    assert_eq!(first, "value of user:1");
    assert_eq!(second, "value of user:1");
    assert_eq!(calls.load(Ordering::SeqCst), 1, "second call within the TTL must not load again");
}

#[test]
fn get_never_loads() {
    let (_clock, cache) = cache_at(10, 0);
    assert_eq!(cache.get(&"k".to_string()), None, "empty cache");
    cache.get_or_load("k".to_string(), |_| "v".to_string());
    assert_eq!(cache.get(&"k".to_string()), Some("v".to_string()));
    assert_eq!(cache.get(&"other".to_string()), None);
}

#[test]
fn entry_is_fresh_until_exactly_load_time_plus_ttl() {
    let (clock, cache) = cache_at(50, 100);
    let calls = AtomicUsize::new(0);
    let load = |_: &String| calls.fetch_add(1, Ordering::SeqCst).to_string();
    assert_eq!(cache.get_or_load("k".into(), load), "0");
    clock.advance(49); // now = 149 < 100 + 50
    assert_eq!(cache.get_or_load("k".into(), load), "0", "at t=149 the value loaded at t=100 is fresh");
    assert_eq!(cache.get(&"k".into()), Some("0".to_string()));
    clock.advance(1); // now = 150: expired
    assert_eq!(cache.get(&"k".into()), None, "at t=150 the value loaded at t=100 with ttl 50 has expired");
    assert_eq!(cache.get_or_load("k".into(), load), "1", "expired value must be reloaded");
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[test]
fn ttl_zero_keeps_nothing() {
    let (_clock, cache) = cache_at(0, 7);
    let calls = AtomicUsize::new(0);
    for i in 0..3 {
        let got = cache.get_or_load("k".to_string(), |_| calls.fetch_add(1, Ordering::SeqCst));
        assert_eq!(got, i, "with ttl 0 every call loads afresh");
    }
    assert_eq!(cache.get(&"k".to_string()), None);
}

#[test]
fn keys_are_independent_including_unicode() {
    let (clock, cache) = cache_at(10, 0);
    let calls = AtomicUsize::new(0);
    let load = |k: &String| {
        calls.fetch_add(1, Ordering::SeqCst);
        k.chars().rev().collect::<String>()
    };
    assert_eq!(cache.get_or_load("ключ".into(), load), "чюлк");
    clock.advance(5);
    assert_eq!(cache.get_or_load("🔑é".into(), load), "é🔑");
    clock.advance(5); // "ключ" (loaded at 0) expires, "🔑é" (loaded at 5) does not
    assert_eq!(cache.get(&"ключ".into()), None);
    assert_eq!(cache.get(&"🔑é".into()), Some("é🔑".to_string()));
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[test]
fn invalidate_forces_a_reload() {
    let (_clock, cache) = cache_at(1_000, 0);
    let calls = AtomicUsize::new(0);
    let load = |_: &String| calls.fetch_add(1, Ordering::SeqCst);
    assert_eq!(cache.get_or_load("k".into(), load), 0);
    cache.invalidate(&"k".into());
    cache.invalidate(&"never-loaded".into()); // no-op, must not panic
    assert_eq!(cache.get(&"k".into()), None);
    assert_eq!(cache.get_or_load("k".into(), load), 1);
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[test]
fn concurrent_misses_on_one_key_call_the_loader_once() {
    const THREADS: usize = 8;
    let (_clock, cache) = cache_at(1_000, 0);
    let calls = AtomicUsize::new(0);
    let barrier = Barrier::new(THREADS);
    let results: Vec<String> = thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                s.spawn(|| {
                    barrier.wait();
                    cache.get_or_load("hot".to_string(), |k| {
                        calls.fetch_add(1, Ordering::SeqCst);
                        // A slow backend: everyone else arrives while we load.
                        thread::sleep(Duration::from_millis(5));
                        format!("{k}!")
                    })
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(calls.load(Ordering::SeqCst), 1, "{THREADS} simultaneous misses must share one load");
    assert_eq!(results, vec!["hot!".to_string(); THREADS]);
}

#[test]
fn stampede_after_expiry_also_loads_once() {
    const THREADS: usize = 6;
    let (clock, cache) = cache_at(100, 0);
    let calls = AtomicUsize::new(0);
    let load = |_: &String| {
        let n = calls.fetch_add(1, Ordering::SeqCst);
        thread::sleep(Duration::from_millis(5));
        n
    };
    assert_eq!(cache.get_or_load("k".into(), load), 0);
    clock.advance(100);
    let barrier = Barrier::new(THREADS);
    let results: Vec<usize> = thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|_| {
                s.spawn(|| {
                    barrier.wait();
                    cache.get_or_load("k".into(), load)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(results, vec![1; THREADS], "all callers must see the one reload");
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[test]
fn loads_of_different_keys_run_in_parallel() {
    // Each loader waits until the other one has started. A cache that holds
    // one big lock while loading would make the second loader wait for the
    // first, which waits for the second: the timeout below reports that.
    let (_clock, cache) = cache_at(1_000, 0);
    let (a_started, a_seen) = mpsc::channel::<()>();
    let (b_started, b_seen) = mpsc::channel::<()>();
    let cache = &cache;
    let (a, b) = thread::scope(|s| {
        let ha = s.spawn(move || {
            cache.get_or_load("a".to_string(), |_| {
                a_started.send(()).unwrap();
                b_seen
                    .recv_timeout(Duration::from_secs(2))
                    .expect("loader for \"a\" never saw loader for \"b\" start: different keys are serialised");
                "A".to_string()
            })
        });
        let hb = s.spawn(move || {
            cache.get_or_load("b".to_string(), |_| {
                b_started.send(()).unwrap();
                a_seen
                    .recv_timeout(Duration::from_secs(2))
                    .expect("loader for \"b\" never saw loader for \"a\" start: different keys are serialised");
                "B".to_string()
            })
        });
        (ha.join(), hb.join())
    });
    assert_eq!((a.ok(), b.ok()), (Some("A".to_string()), Some("B".to_string())));
}

#[test]
fn a_panicking_loader_does_not_wedge_the_key() {
    let (_clock, cache) = cache_at(1_000, 0);
    let calls = AtomicUsize::new(0);
    let (started, seen) = mpsc::channel::<()>();
    let (bad, good) = thread::scope(|s| {
        let bad = s.spawn(|| {
            cache.get_or_load("k".to_string(), |_| -> String {
                started.send(()).unwrap();
                thread::sleep(Duration::from_millis(5));
                panic!("backend exploded (this panic is expected by the test)");
            })
        });
        seen.recv().unwrap();
        // This caller most likely waits on the doomed load; it must then
        // retry with its own loader rather than wait forever.
        let good = s.spawn(|| {
            cache.get_or_load("k".to_string(), |_| {
                calls.fetch_add(1, Ordering::SeqCst);
                "recovered".to_string()
            })
        });
        (bad.join(), good.join())
    });
    assert!(bad.is_err(), "the panicking loader's caller sees the panic");
    assert_eq!(good.ok(), Some("recovered".to_string()));
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    assert_eq!(cache.get(&"k".to_string()), Some("recovered".to_string()));
}

#[test]
fn many_keys_each_loaded_once() {
    let clock = Arc::new(ManualClock::new(0));
    let cache: StampedeCache<u64, u64, _> = StampedeCache::new(1_000_000, Arc::clone(&clock));
    let calls = AtomicUsize::new(0);
    let n: u64 = 5_000;
    for k in 0..n {
        let got = cache.get_or_load(k, |&k| {
            calls.fetch_add(1, Ordering::SeqCst);
            k * 3
        });
        assert_eq!(got, k * 3, "key {k}");
    }
    for k in 0..n {
        assert_eq!(cache.get(&k), Some(k * 3), "key {k}");
    }
    assert_eq!(calls.load(Ordering::SeqCst), n as usize);
}
