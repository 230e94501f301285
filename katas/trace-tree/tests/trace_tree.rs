use std::collections::HashMap;
use trace_tree::{children_map, slowest_path, CriticalPath, Span};

fn span(id: u64, parent: Option<u64>, duration_us: u64) -> Span {
    Span {
        id,
        parent,
        duration_us,
    }
}

fn path(total_us: u64, spans: &[u64]) -> Option<CriticalPath> {
    Some(CriticalPath {
        total_us,
        spans: spans.to_vec(),
    })
}

/// Deterministic pseudo-random numbers.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// A request: the gateway (10 us) calls auth (5 us) and orders (30 us); orders queries the
/// database (20 us) and the cache (2 us).
fn checkout() -> Vec<Span> {
    vec![
        span(1, None, 10),
        span(2, Some(1), 5),
        span(3, Some(1), 30),
        span(4, Some(3), 20),
        span(5, Some(3), 2),
    ]
}

#[test]
fn empty_trace() {
    assert_eq!(slowest_path(&[]), None, "slowest_path([])");
    assert_eq!(children_map(&[]), HashMap::new(), "children_map([])");
}

#[test]
fn single_span() {
    let spans = [span(7, None, 123)];
    assert_eq!(slowest_path(&spans), path(123, &[7]), "spans {spans:?}");
    assert_eq!(
        children_map(&spans),
        HashMap::from([(7, vec![])]),
        "spans {spans:?}"
    );
}

#[test]
fn children_in_input_order() {
    let spans = checkout();
    let want = HashMap::from([
        (1, vec![2, 3]),
        (2, vec![]),
        (3, vec![4, 5]),
        (4, vec![]),
        (5, vec![]),
    ]);
    assert_eq!(children_map(&spans), want, "spans {spans:?}");
}

#[test]
fn slowest_path_of_a_request() {
    let spans = checkout();
    assert_eq!(
        slowest_path(&spans),
        path(60, &[1, 3, 4]),
        "spans {spans:?}"
    );
}

#[test]
fn records_arrive_in_any_order() {
    // Collectors receive children before parents all the time.
    let mut spans = checkout();
    spans.reverse();
    assert_eq!(
        slowest_path(&spans),
        path(60, &[1, 3, 4]),
        "spans {spans:?}"
    );
    let want = HashMap::from([
        (1, vec![3, 2]),
        (2, vec![]),
        (3, vec![5, 4]),
        (4, vec![]),
        (5, vec![]),
    ]);
    assert_eq!(
        children_map(&spans),
        want,
        "spans {spans:?} (children listed in input order)"
    );
}

#[test]
fn the_longest_chain_is_not_always_the_slowest() {
    // 1 -> 2 -> 3 -> 4 is longer, but 1 -> 5 takes more time.
    let spans = [
        span(1, None, 1),
        span(2, Some(1), 1),
        span(3, Some(2), 1),
        span(4, Some(3), 1),
        span(5, Some(1), 10),
    ];
    assert_eq!(slowest_path(&spans), path(11, &[1, 5]), "spans {spans:?}");
    // A slow parent with fast children still counts fully.
    let spans = [
        span(1, None, 0),
        span(2, Some(1), 50),
        span(3, Some(1), 10),
        span(4, Some(3), 39),
    ];
    assert_eq!(slowest_path(&spans), path(50, &[1, 2]), "spans {spans:?}");
}

#[test]
fn ties_go_to_the_first_in_input_order() {
    let spans = [span(1, None, 5), span(3, Some(1), 4), span(2, Some(1), 4)];
    assert_eq!(slowest_path(&spans), path(9, &[1, 3]), "spans {spans:?}");
    let spans = [span(9, None, 10), span(8, None, 10)];
    assert_eq!(slowest_path(&spans), path(10, &[9]), "spans {spans:?}");
    let zeros = [
        span(1, None, 0),
        span(2, Some(1), 0),
        span(3, Some(2), 0),
        span(4, Some(1), 0),
    ];
    assert_eq!(slowest_path(&zeros), path(0, &[1, 2, 3]), "spans {zeros:?}");
}

#[test]
fn several_roots_and_orphans() {
    // Two traces interleaved, and span 40 whose parent 99 was dropped by the collector:
    // it counts as a root.
    let spans = [
        span(10, None, 5),
        span(20, None, 7),
        span(11, Some(10), 6),
        span(21, Some(20), 1),
        span(40, Some(99), 12),
        span(41, Some(40), 1),
    ];
    assert_eq!(slowest_path(&spans), path(13, &[40, 41]), "spans {spans:?}");
    let map = children_map(&spans);
    assert_eq!(map.get(&40), Some(&vec![41]), "children of 40 in {spans:?}");
    assert_eq!(
        map.get(&99),
        None,
        "99 is not a span of {spans:?}, so it is not a key"
    );
    assert_eq!(map.len(), spans.len(), "one key per span in {spans:?}");
}

#[test]
fn a_deep_chain_on_a_small_stack() {
    // 4 000 nested calls (a retry loop gone wrong), checked on a thread with a 64 KiB stack:
    // a recursive walk overflows it; an explicit stack or an ordering pass does not.
    let handle = std::thread::Builder::new()
        .stack_size(64 * 1024)
        .spawn(|| {
            let n = 4_000u64;
            let mut spans: Vec<Span> = (0..n).map(|i| span(i, i.checked_sub(1), 1)).collect();
            Lcg(5).shuffle(&mut spans);
            let got = slowest_path(&spans).expect("a chain has a path");
            assert_eq!(got.total_us, n, "total of a chain of {n} spans of 1 us");
            assert!(
                got.spans == (0..n).collect::<Vec<_>>(),
                "the path of a chain is the whole chain 0..{n}"
            );
            let map = children_map(&spans);
            assert_eq!(
                map.get(&(n - 1)),
                Some(&vec![]),
                "the last span of the chain is a leaf"
            );
        })
        .expect("spawn a thread");
    if handle.join().is_err() {
        panic!("the deep-chain check failed: see the message printed above");
    }
}

#[test]
fn a_large_wide_trace() {
    // 4 000 spans shaped like a binary heap (the parent of i is i / 2), shuffled, with
    // pseudo-random durations. The expected answer is computed bottom-up here.
    let n = 4_000u64;
    let mut rng = Lcg(77);
    let duration: Vec<u64> = (0..=n).map(|_| rng.next() % 1_000_000).collect();
    let mut spans: Vec<Span> = (1..=n)
        .map(|i| {
            span(
                i,
                if i == 1 { None } else { Some(i / 2) },
                duration[i as usize],
            )
        })
        .collect();
    rng.shuffle(&mut spans);
    let mut best = vec![0u64; n as usize + 2];
    for i in (1..=n as usize).rev() {
        let child = |c: usize| if c <= n as usize { best[c] } else { 0 };
        best[i] = duration[i] + child(2 * i).max(child(2 * i + 1));
    }
    let mut want = vec![1u64];
    let mut i = 1usize;
    while 2 * i <= n as usize {
        i = if 2 * i + 1 <= n as usize && best[2 * i + 1] > best[2 * i] {
            2 * i + 1
        } else {
            2 * i
        };
        want.push(i as u64);
    }
    let got = slowest_path(&spans).expect("a non-empty trace");
    assert_eq!(
        got.total_us, best[1],
        "total of the slowest path in a heap-shaped trace of {n} spans"
    );
    assert_eq!(
        got.spans, want,
        "slowest path in a heap-shaped trace of {n} spans"
    );
    let map = children_map(&spans);
    assert_eq!(map.len(), n as usize, "one key per span");
    let mut kids = map[&1].clone();
    kids.sort();
    assert_eq!(kids, vec![2, 3], "children of the root");
}
