use ordered_set_range::OrderedSet;

/// Builds a set from `keys`, in the given order.
fn set_of(keys: &[i64]) -> OrderedSet {
    let mut set = OrderedSet::new();
    for &k in keys {
        set.insert(k);
    }
    set
}

#[test]
fn empty_set_answers_everything_with_nothing() {
    let set = OrderedSet::new();
    assert!(set.is_empty(), "a new set must be empty");
    assert_eq!(set.len(), 0, "len of a new set");
    assert!(!set.contains(0), "contains(0) on an empty set");
    assert_eq!(
        set.range_count(i64::MIN, i64::MAX),
        0,
        "range_count over everything, empty set"
    );
    assert_eq!(
        set.range_keys(-10, 10),
        Vec::<i64>::new(),
        "range_keys(-10, 10), empty set"
    );
}

#[test]
fn insert_reports_new_keys_and_ignores_duplicates() {
    let mut set = OrderedSet::new();
    assert!(set.insert(5), "first insert(5) must return true");
    assert!(!set.insert(5), "second insert(5) must return false");
    assert!(set.insert(-5), "insert(-5) must return true");
    assert_eq!(set.len(), 2, "after inserting 5, 5, -5");
    assert!(!set.is_empty(), "set with two keys is not empty");
    assert!(
        set.contains(5) && set.contains(-5),
        "both keys must be present"
    );
    assert!(!set.contains(0), "0 was never inserted");
}

#[test]
fn remove_reports_whether_the_key_was_present() {
    let mut set = set_of(&[1, 2, 3]);
    assert!(set.remove(2), "remove(2) from {{1, 2, 3}}");
    assert!(!set.remove(2), "remove(2) a second time");
    assert!(!set.remove(42), "remove(42), never inserted");
    assert_eq!(set.len(), 2, "after removing 2 from {{1, 2, 3}}");
    assert!(!set.contains(2), "2 was removed");
    assert_eq!(
        set.range_keys(0, 10),
        vec![1, 3],
        "range_keys(0, 10) after removing 2"
    );
}

#[test]
fn range_is_inclusive_and_sorted() {
    let keys = [40, 10, 30, 20, 50];
    let set = set_of(&keys);
    assert_eq!(
        set.range_keys(20, 40),
        vec![20, 30, 40],
        "range_keys(20, 40), keys {keys:?}"
    );
    assert_eq!(
        set.range_count(20, 40),
        3,
        "range_count(20, 40), keys {keys:?}"
    );
    assert_eq!(
        set.range_keys(15, 35),
        vec![20, 30],
        "range_keys(15, 35), keys {keys:?}"
    );
    assert_eq!(
        set.range_keys(0, 100),
        vec![10, 20, 30, 40, 50],
        "range_keys(0, 100), keys {keys:?}"
    );
}

#[test]
fn single_point_and_empty_ranges() {
    let keys = [1, 3, 5];
    let set = set_of(&keys);
    assert_eq!(
        set.range_keys(3, 3),
        vec![3],
        "range_keys(3, 3), keys {keys:?}"
    );
    assert_eq!(set.range_count(4, 4), 0, "range_count(4, 4), keys {keys:?}");
    assert_eq!(
        set.range_keys(6, 100),
        Vec::<i64>::new(),
        "range_keys(6, 100), keys {keys:?}"
    );
    assert_eq!(
        set.range_count(-100, 0),
        0,
        "range_count(-100, 0), keys {keys:?}"
    );
}

#[test]
fn reversed_range_is_empty_not_a_panic() {
    let keys = [1, 2, 3];
    let set = set_of(&keys);
    assert_eq!(set.range_count(3, 1), 0, "range_count(3, 1), keys {keys:?}");
    assert_eq!(
        set.range_keys(3, 1),
        Vec::<i64>::new(),
        "range_keys(3, 1), keys {keys:?}"
    );
    assert_eq!(
        set.range_keys(i64::MAX, i64::MIN),
        Vec::<i64>::new(),
        "range_keys(MAX, MIN)"
    );
}

#[test]
fn negative_and_extreme_keys() {
    let keys = [i64::MIN, -7, 0, 7, i64::MAX];
    let set = set_of(&keys);
    assert_eq!(
        set.range_keys(i64::MIN, -1),
        vec![i64::MIN, -7],
        "range_keys(MIN, -1), keys {keys:?}"
    );
    assert_eq!(
        set.range_keys(1, i64::MAX),
        vec![7, i64::MAX],
        "range_keys(1, MAX), keys {keys:?}"
    );
    assert_eq!(
        set.range_count(i64::MIN, i64::MAX),
        5,
        "range_count(MIN, MAX), keys {keys:?}"
    );
    assert_eq!(
        set.range_keys(-7, 7),
        vec![-7, 0, 7],
        "range_keys(-7, 7), keys {keys:?}"
    );
}

#[test]
fn one_element_set() {
    let mut set = set_of(&[9]);
    assert_eq!(set.len(), 1, "len of {{9}}");
    assert_eq!(set.range_keys(9, 9), vec![9], "range_keys(9, 9) of {{9}}");
    assert_eq!(set.range_count(10, 20), 0, "range_count(10, 20) of {{9}}");
    assert!(set.remove(9), "remove(9) from {{9}}");
    assert!(set.is_empty(), "after removing the only key");
    assert_eq!(
        set.range_count(i64::MIN, i64::MAX),
        0,
        "range_count over everything after removal"
    );
}

#[test]
fn interleaved_operations_match_a_simple_model() {
    // A fixed pseudo-random sequence of operations, checked against a plain Vec model.
    let mut set = OrderedSet::new();
    let mut model: Vec<i64> = Vec::new();
    let mut x: u64 = 12345;
    for step in 0..2_000 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let key = ((x >> 33) % 200) as i64 - 100;
        match (x >> 20) % 3 {
            0 => {
                let fresh = !model.contains(&key);
                if fresh {
                    model.push(key);
                }
                assert_eq!(set.insert(key), fresh, "step {step}: insert({key})");
            }
            1 => {
                let pos = model.iter().position(|&k| k == key);
                if let Some(p) = pos {
                    model.swap_remove(p);
                }
                assert_eq!(set.remove(key), pos.is_some(), "step {step}: remove({key})");
            }
            _ => {
                let hi = key + ((x >> 40) % 50) as i64;
                let mut want: Vec<i64> = model
                    .iter()
                    .copied()
                    .filter(|&k| key <= k && k <= hi)
                    .collect();
                want.sort_unstable();
                assert_eq!(
                    set.range_keys(key, hi),
                    want,
                    "step {step}: range_keys({key}, {hi})"
                );
                assert_eq!(
                    set.range_count(key, hi),
                    want.len(),
                    "step {step}: range_count({key}, {hi})"
                );
            }
        }
        assert_eq!(set.len(), model.len(), "step {step}: len");
    }
}

#[test]
fn many_narrow_queries_on_a_large_set_are_fast() {
    // 6,000 keys (the multiples of 3), then 6,000 queries of width 10 that each hit 3 or 4 keys.
    let n: i64 = 6_000;
    let mut set = OrderedSet::new();
    for i in 0..n {
        set.insert((i * 7_919 % n) * 3);
    }
    assert_eq!(
        set.len(),
        n as usize,
        "after inserting {n} distinct multiples of 3"
    );
    for lo in 0..n {
        let hi = lo + 9;
        let want = (lo..=hi).filter(|k| k % 3 == 0 && *k < 3 * n).count();
        assert_eq!(
            set.range_count(lo, hi),
            want,
            "range_count({lo}, {hi}) on multiples of 3 below {}",
            3 * n
        );
        if lo % 1_000 == 0 {
            let keys: Vec<i64> = (lo..=hi).filter(|k| k % 3 == 0).collect();
            assert_eq!(
                set.range_keys(lo, hi),
                keys,
                "range_keys({lo}, {hi}) on multiples of 3"
            );
        }
    }
}
