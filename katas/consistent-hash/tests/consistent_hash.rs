use consistent_hash::*;
use std::collections::HashMap;

/// The placement rule, computed the slow and obvious way.
fn model_owner(nodes: &[&str], vnodes: u32, key: &str) -> Option<String> {
    let mut tokens: Vec<(u64, &str)> = nodes
        .iter()
        .flat_map(|n| (0..vnodes.max(1)).map(move |i| (hash64(&format!("{n}#{i}")), *n)))
        .collect();
    tokens.sort();
    let h = hash64(key);
    let i = tokens.partition_point(|&(t, _)| t < h);
    tokens.get(i).or(tokens.first()).map(|(_, n)| n.to_string())
}

fn ring_of(vnodes: u32, nodes: &[&str]) -> Ring {
    let mut ring = Ring::new(vnodes);
    for n in nodes {
        assert!(ring.add_node(n), "adding {n:?} to a ring without it");
    }
    ring
}

fn keys(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("user:{i}")).collect()
}

fn owners(ring: &Ring, keys: &[String]) -> Vec<String> {
    keys.iter().map(|k| ring.node_for(k).expect("non-empty ring").to_string()).collect()
}

#[test]
fn hash64_is_fnv1a_then_fmix64() {
    let vectors = [
        ("", 0xefd0_1f60_ba99_2926u64),
        ("a", 0x82a2_a958_a9be_ce5b),
        ("foobar", 0x2c22_1949_22d1_672b),
        ("ключ", 0x5905_20d7_1827_5ed5),
        ("node-a#0", 0xac32_1eca_c879_4ee8),
    ];
    for (input, want) in vectors {
        assert_eq!(hash64(input), want, "hash64({input:?}): got {:#x}, want {want:#x}", hash64(input));
    }
}

#[test]
fn empty_ring_owns_nothing() {
    let ring = Ring::new(10);
    assert_eq!(ring.node_for("anything"), None);
    assert_eq!(ring.replicas("anything", 3), Vec::<&str>::new());
    assert_eq!(ring.nodes(), Vec::<&str>::new());
}

#[test]
fn single_node_owns_every_key() {
    for vnodes in [0, 1, 7] {
        let ring = ring_of(vnodes, &["solo"]);
        for k in keys(200) {
            assert_eq!(ring.node_for(&k), Some("solo"), "key {k:?}, vnodes {vnodes}");
        }
        assert_eq!(ring.replicas("k", 3), ["solo"], "only one node to replicate to");
    }
}

#[test]
fn membership_changes_report_whether_they_did_anything() {
    let mut ring = Ring::new(4);
    assert!(ring.add_node("b"));
    assert!(ring.add_node("a"));
    assert!(!ring.add_node("b"), "b is already on the ring");
    assert_eq!(ring.nodes(), ["a", "b"]);
    assert!(!ring.remove_node("c"), "c was never added");
    assert!(ring.remove_node("a"));
    assert!(!ring.remove_node("a"), "a is already gone");
    assert_eq!(ring.nodes(), ["b"]);
    assert_eq!(ring.node_for("x"), Some("b"));
}

#[test]
fn keys_go_to_the_first_token_clockwise_wrapping_round() {
    let nodes = ["node-a", "node-b", "node-c", "node-d", "node-e"];
    for vnodes in [1, 3, 20] {
        let ring = ring_of(vnodes, &nodes);
        for k in keys(2_000) {
            assert_eq!(ring.node_for(&k).map(str::to_string), model_owner(&nodes, vnodes, &k), "key {k:?}, vnodes {vnodes}");
        }
    }
    // A key whose hash lies beyond the last token must wrap to the first one.
    let vnodes = 3;
    let ring = ring_of(vnodes, &nodes);
    let last = nodes.iter().flat_map(|n| (0..vnodes).map(move |i| hash64(&format!("{n}#{i}")))).max().unwrap();
    let wrapping = (0..).map(|i| format!("wrap-{i}")).find(|k| hash64(k) > last).unwrap();
    assert_eq!(ring.node_for(&wrapping).map(str::to_string), model_owner(&nodes, vnodes, &wrapping), "key {wrapping:?} wraps round");
}

#[test]
fn unicode_names_and_keys_are_hashed_as_utf8() {
    let nodes = ["узел-1", "ノード2", "nœud-3"];
    let ring = ring_of(8, &nodes);
    for k in ["ключ", "キー", "clé", "🔑", ""] {
        assert_eq!(ring.node_for(k).map(str::to_string), model_owner(&nodes, 8, k), "key {k:?}");
    }
}

#[test]
fn virtual_nodes_balance_the_load() {
    let nodes = ["node-a", "node-b", "node-c", "node-d", "node-e"];
    let ring = ring_of(100, &nodes);
    let keys = keys(20_000);
    let mut load: HashMap<String, usize> = HashMap::new();
    for owner in owners(&ring, &keys) {
        *load.entry(owner).or_default() += 1;
    }
    for n in nodes {
        let share = load.get(n).copied().unwrap_or(0) as f64 / keys.len() as f64;
        assert!((0.12..=0.28).contains(&share), "node {n} owns {share:.3} of the keys; loads: {load:?}");
    }
}

#[test]
fn a_joining_node_only_takes_keys_never_shuffles_others() {
    let keys = keys(10_000);
    let mut ring = ring_of(100, &["node-a", "node-b", "node-c", "node-d"]);
    let before = owners(&ring, &keys);
    assert!(ring.add_node("node-e"));
    let after = owners(&ring, &keys);
    let mut moved = 0;
    for ((k, b), a) in keys.iter().zip(&before).zip(&after) {
        if a != b {
            assert_eq!(a, "node-e", "key {k:?} moved from {b} to {a}, not to the new node");
            moved += 1;
        }
    }
    let fraction = moved as f64 / keys.len() as f64;
    assert!((0.12..=0.28).contains(&fraction), "{fraction:.3} of the keys moved; about 1/5 should");
}

#[test]
fn a_leaving_node_hands_over_only_its_own_keys() {
    let keys = keys(10_000);
    let mut ring = ring_of(100, &["node-a", "node-b", "node-c", "node-d"]);
    let before = owners(&ring, &keys);
    assert!(ring.remove_node("node-c"));
    let after = owners(&ring, &keys);
    let mut moved = 0;
    for ((k, b), a) in keys.iter().zip(&before).zip(&after) {
        if b == "node-c" {
            assert_ne!(a, "node-c", "key {k:?} still maps to the removed node");
            moved += 1;
        } else {
            assert_eq!(a, b, "key {k:?} was not on node-c but moved from {b} to {a}");
        }
    }
    let fraction = moved as f64 / keys.len() as f64;
    assert!((0.15..=0.35).contains(&fraction), "{fraction:.3} of the keys moved; about 1/4 should");
}

#[test]
fn join_then_leave_restores_the_original_placement() {
    let keys = keys(3_000);
    let mut ring = ring_of(50, &["node-a", "node-b", "node-c"]);
    let before = owners(&ring, &keys);
    ring.add_node("node-x");
    ring.remove_node("node-x");
    assert_eq!(owners(&ring, &keys), before);
}

#[test]
fn replicas_are_distinct_nodes_clockwise_from_the_key() {
    let nodes = ["node-a", "node-b", "node-c", "node-d"];
    let ring = ring_of(10, &nodes);
    for k in keys(500) {
        let reps = ring.replicas(&k, 3);
        assert_eq!(reps.len(), 3, "key {k:?}: {reps:?}");
        assert_eq!(Some(reps[0]), ring.node_for(&k), "key {k:?}: the first replica is the owner");
        let mut sorted = reps.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 3, "key {k:?}: replicas must be distinct: {reps:?}");
        // Removing the owner makes the second replica the new owner.
        let mut smaller = ring_of(10, &nodes);
        smaller.remove_node(reps[0]);
        assert_eq!(smaller.node_for(&k), Some(reps[1]), "key {k:?}: replicas {reps:?}");
    }
    assert_eq!(ring.replicas("k", 10).len(), 4, "at most as many replicas as nodes");
    assert_eq!(ring.replicas("k", 0), Vec::<&str>::new());
}

#[test]
fn large_ring_lookups() {
    let names: Vec<String> = (0..1_000).map(|i| format!("10.0.{}.{}", i / 256, i % 256)).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let ring = ring_of(20, &refs);
    let mut tokens: Vec<(u64, &str)> = refs
        .iter()
        .flat_map(|n| (0..20).map(move |i| (hash64(&format!("{n}#{i}")), *n)))
        .collect();
    tokens.sort();
    for k in keys(10_000) {
        let h = hash64(&k);
        let i = tokens.partition_point(|&(t, _)| t < h);
        let want = tokens.get(i).unwrap_or(&tokens[0]).1;
        assert_eq!(ring.node_for(&k), Some(want), "key {k:?}");
    }
}
