use list_cycle::{find_cycle, has_cycle, Cycle};

/// A list of `tail + cycle` nodes stored in a scrambled order: the walk from the head visits
/// `tail` nodes, then `cycle` nodes that loop back (with `cycle == 0`, the list just ends).
/// Returns the table, the head and the expected answer.
fn rho(tail: usize, cycle: usize) -> (Vec<Option<usize>>, Option<usize>, Option<Cycle>) {
    let n = tail + cycle;
    // Walk position p is stored at slot (p * 7 + 3) % m, with m coprime to 7 and >= n.
    let mut m = n.max(1);
    while m % 7 == 0 {
        m += 1;
    }
    let slot = |p: usize| (p * 7 + 3) % m;
    let mut next = vec![None; m];
    for p in 0..n {
        next[slot(p)] = if p + 1 < n {
            Some(slot(p + 1))
        } else if cycle > 0 {
            Some(slot(tail))
        } else {
            None
        };
    }
    let head = if n == 0 { None } else { Some(slot(0)) };
    let want = if cycle > 0 {
        Some(Cycle {
            entry: slot(tail),
            len: cycle,
        })
    } else {
        None
    };
    (next, head, want)
}

#[test]
fn empty_list_has_no_cycle() {
    let next: Vec<Option<usize>> = vec![];
    assert!(!has_cycle(&next, None), "has_cycle(&[], None)");
    assert_eq!(find_cycle(&next, None), None, "find_cycle(&[], None)");
    // A table with nodes, but the list itself is empty.
    let next = vec![Some(0)];
    assert!(!has_cycle(&next, None), "has_cycle({next:?}, None)");
    assert_eq!(find_cycle(&next, None), None, "find_cycle({next:?}, None)");
}

#[test]
fn single_node_without_and_with_self_loop() {
    let next = vec![None];
    assert!(!has_cycle(&next, Some(0)), "has_cycle({next:?}, Some(0))");
    assert_eq!(
        find_cycle(&next, Some(0)),
        None,
        "find_cycle({next:?}, Some(0))"
    );
    let next = vec![Some(0)];
    assert!(has_cycle(&next, Some(0)), "has_cycle({next:?}, Some(0))");
    assert_eq!(
        find_cycle(&next, Some(0)),
        Some(Cycle { entry: 0, len: 1 }),
        "find_cycle({next:?}, Some(0))"
    );
}

#[test]
fn two_nodes() {
    let next = vec![Some(1), None];
    assert_eq!(
        find_cycle(&next, Some(0)),
        None,
        "find_cycle({next:?}, Some(0))"
    );
    let next = vec![Some(1), Some(0)];
    assert_eq!(
        find_cycle(&next, Some(0)),
        Some(Cycle { entry: 0, len: 2 }),
        "find_cycle({next:?}, Some(0))"
    );
    assert_eq!(
        find_cycle(&next, Some(1)),
        Some(Cycle { entry: 1, len: 2 }),
        "find_cycle({next:?}, Some(1))"
    );
    let next = vec![Some(1), Some(1)];
    assert_eq!(
        find_cycle(&next, Some(0)),
        Some(Cycle { entry: 1, len: 1 }),
        "find_cycle({next:?}, Some(0))"
    );
}

#[test]
fn a_straight_list_ends() {
    let next = vec![Some(1), Some(2), Some(3), Some(4), None];
    assert!(!has_cycle(&next, Some(0)), "has_cycle({next:?}, Some(0))");
    assert_eq!(
        find_cycle(&next, Some(0)),
        None,
        "find_cycle({next:?}, Some(0))"
    );
    assert_eq!(
        find_cycle(&next, Some(3)),
        None,
        "find_cycle({next:?}, Some(3))"
    );
}

#[test]
fn rho_shaped_list() {
    // 0 -> 1 -> 2 -> 3 -> 4 -> 5 -> 6 -> 3: a tail of three, then a cycle of four entered at 3.
    let next = vec![
        Some(1),
        Some(2),
        Some(3),
        Some(4),
        Some(5),
        Some(6),
        Some(3),
    ];
    assert!(has_cycle(&next, Some(0)), "has_cycle({next:?}, Some(0))");
    assert_eq!(
        find_cycle(&next, Some(0)),
        Some(Cycle { entry: 3, len: 4 }),
        "find_cycle({next:?}, Some(0))"
    );
    // Starting on the cycle: the entry is the head itself.
    assert_eq!(
        find_cycle(&next, Some(5)),
        Some(Cycle { entry: 5, len: 4 }),
        "find_cycle({next:?}, Some(5))"
    );
}

#[test]
fn nodes_off_the_list_are_ignored() {
    // The list 4 -> 2 -> 0 ends; nodes 1 and 3 form a cycle that the list never reaches.
    let next = vec![None, Some(3), Some(0), Some(1), Some(2)];
    assert!(!has_cycle(&next, Some(4)), "has_cycle({next:?}, Some(4))");
    assert_eq!(
        find_cycle(&next, Some(4)),
        None,
        "find_cycle({next:?}, Some(4))"
    );
    assert_eq!(
        find_cycle(&next, Some(1)),
        Some(Cycle { entry: 1, len: 2 }),
        "find_cycle({next:?}, Some(1))"
    );
}

#[test]
fn every_small_tail_and_cycle_length() {
    for tail in 0..12 {
        for cycle in 0..12 {
            let (next, head, want) = rho(tail, cycle);
            assert_eq!(
                find_cycle(&next, head),
                want,
                "tail {tail}, cycle {cycle}: next {next:?}, head {head:?}"
            );
            assert_eq!(
                has_cycle(&next, head),
                want.is_some(),
                "tail {tail}, cycle {cycle}: next {next:?}, head {head:?}"
            );
        }
    }
}

#[test]
fn long_tail_short_cycle_and_short_tail_long_cycle() {
    for (tail, cycle) in [(1_000, 1), (1_000, 2), (1, 1_000), (999, 1_001), (0, 2_000)] {
        let (next, head, want) = rho(tail, cycle);
        assert_eq!(
            find_cycle(&next, head),
            want,
            "tail {tail}, cycle {cycle} (scrambled table, head {head:?})"
        );
    }
}

#[test]
fn large_lists() {
    for (tail, cycle) in [(60_000, 40_000), (100_000, 0), (0, 100_000)] {
        let (next, head, want) = rho(tail, cycle);
        assert_eq!(
            find_cycle(&next, head),
            want,
            "tail {tail}, cycle {cycle} (scrambled table, head {head:?})"
        );
        assert_eq!(
            has_cycle(&next, head),
            want.is_some(),
            "tail {tail}, cycle {cycle} (scrambled table)"
        );
    }
}
