use vector_clock::*;
use Causality::*;

/// A clock with the given counters, built through `increment`.
fn clock(counters: &[(&str, u64)]) -> VectorClock {
    let mut c = VectorClock::new();
    for &(node, n) in counters {
        for _ in 0..n {
            c.increment(node);
        }
    }
    c
}

fn check(a: &[(&str, u64)], b: &[(&str, u64)], want: Causality) {
    let (ca, cb) = (clock(a), clock(b));
    assert_eq!(ca.compare(&cb), want, "compare({a:?}, {b:?})");
    let mirrored = match want {
        Before => After,
        After => Before,
        other => other,
    };
    assert_eq!(cb.compare(&ca), mirrored, "compare({b:?}, {a:?})");
}

#[test]
fn fresh_clocks_are_equal_and_read_zero() {
    let (a, b) = (VectorClock::new(), VectorClock::new());
    assert_eq!(a.compare(&b), Equal);
    assert_eq!(a.compare(&a), Equal);
    assert_eq!(a.get("anyone"), 0);
}

#[test]
fn increment_counts_per_node() {
    let mut c = VectorClock::new();
    assert_eq!(c.increment("a"), 1);
    assert_eq!(c.increment("a"), 2);
    assert_eq!(c.increment("b"), 1);
    assert_eq!((c.get("a"), c.get("b"), c.get("c")), (2, 1, 0));
}

#[test]
fn an_event_and_its_successor_are_ordered() {
    check(&[("a", 1)], &[("a", 2)], Before);
    check(&[("a", 2), ("b", 1)], &[("a", 2), ("b", 3)], Before);
    check(&[], &[("a", 1)], Before);
    check(&[("a", 3), ("b", 3)], &[("a", 3), ("b", 3)], Equal);
}

#[test]
fn missing_nodes_count_as_zero_on_both_sides() {
    // b knows a node that a has never heard of: a is strictly behind.
    check(&[("a", 1)], &[("a", 1), ("b", 1)], Before);
    // Each knows a node the other does not: concurrent.
    check(&[("a", 1), ("x", 1)], &[("a", 1), ("y", 1)], Concurrent);
    check(&[("x", 1)], &[("y", 1)], Concurrent);
}

#[test]
fn independent_updates_are_concurrent() {
    check(&[("a", 2), ("b", 1)], &[("a", 1), ("b", 2)], Concurrent);
    check(&[("a", 5)], &[("a", 4), ("b", 1)], Concurrent);
}

#[test]
fn merge_takes_the_pointwise_maximum() {
    let mut m = clock(&[("a", 3), ("b", 1)]);
    let other = clock(&[("b", 4), ("c", 2)]);
    m.merge(&other);
    assert_eq!((m.get("a"), m.get("b"), m.get("c")), (3, 4, 2), "merge of {{a:3, b:1}} and {{b:4, c:2}}");
    assert_eq!(other.compare(&m), Before);
    assert_eq!(clock(&[("a", 3), ("b", 1)]).compare(&m), Before);
    let snapshot = m.clone();
    m.merge(&other);
    m.merge(&VectorClock::new());
    assert_eq!(m.compare(&snapshot), Equal, "merging again changes nothing");
}

#[test]
fn merge_is_commutative() {
    let (x, y) = (clock(&[("a", 2), ("b", 7)]), clock(&[("b", 3), ("c", 1)]));
    let mut xy = x.clone();
    xy.merge(&y);
    let mut yx = y.clone();
    yx.merge(&x);
    assert_eq!(xy.compare(&yx), Equal, "x = {x:?}, y = {y:?}");
}

#[test]
fn messages_carry_causality() {
    // Three nodes; receiving a message = merge, then a local event.
    let (mut p, mut q, mut r) = (VectorClock::new(), VectorClock::new(), VectorClock::new());
    p.increment("p");
    let send1 = p.clone(); // p sends to q
    q.merge(&send1);
    q.increment("q");
    let send2 = q.clone(); // q sends to r
    r.increment("r"); // r does something before receiving
    let r_before = r.clone();
    r.merge(&send2);
    r.increment("r");
    assert_eq!(send1.compare(&r), Before, "p's send happened before r's receive (via q)");
    assert_eq!(r_before.compare(&send1), Concurrent, "r's first event never heard of p");
    assert_eq!(r.compare(&send2), After);
    p.increment("p");
    assert_eq!(p.compare(&r), Concurrent, "p's second event is unknown to r, and vice versa");
}

#[test]
fn concurrent_writes_become_siblings_until_reconciled() {
    // Two replicas of a key start from the same version and both accept a write.
    let base = clock(&[("replica-1", 1)]);
    let mut w1 = base.clone();
    w1.increment("replica-1");
    let mut w2 = base.clone();
    w2.increment("replica-2");
    assert_eq!(w1.compare(&w2), Concurrent, "conflict: keep both siblings");
    // A client reads both, resolves, and writes back through replica-2.
    let mut resolved = w1.clone();
    resolved.merge(&w2);
    resolved.increment("replica-2");
    assert_eq!(w1.compare(&resolved), Before);
    assert_eq!(w2.compare(&resolved), Before);
}

#[test]
fn unicode_node_names() {
    check(&[("узел", 1), ("ノード", 2)], &[("узел", 1), ("ノード", 3)], Before);
    check(&[("nœud", 1)], &[("noeud", 1)], Concurrent);
}

#[test]
fn clocks_with_thousands_of_nodes() {
    let n = 4_000;
    let names: Vec<String> = (0..n).map(|i| format!("node-{i}")).collect();
    let mut a = VectorClock::new();
    let mut b = VectorClock::new();
    for (i, name) in names.iter().enumerate() {
        a.increment(name);
        b.increment(name);
        if i % 2 == 0 {
            b.increment(name);
        }
    }
    assert_eq!(a.compare(&b), Before);
    a.increment(&names[n - 1]);
    a.increment(&names[n - 1]);
    assert_eq!(a.compare(&b), Concurrent);
    let mut m = a.clone();
    m.merge(&b);
    assert_eq!(m.compare(&a), After);
    assert_eq!(m.compare(&b), After);
    assert_eq!(m.get(&names[0]), 2);
    assert_eq!(m.get(&names[n - 1]), 3);
}
