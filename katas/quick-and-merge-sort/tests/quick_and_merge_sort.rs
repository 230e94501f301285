use quick_and_merge_sort::{merge_sort, quicksort};
use std::cmp::Ordering;

/// Deterministic pseudo-random numbers in `0..modulo`.
fn lcg(seed: u64, n: usize, modulo: i64) -> Vec<i64> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((x >> 33) as i64) % modulo
        })
        .collect()
}

/// The expected result, computed with std (the rules only apply to your src/lib.rs).
fn std_sorted<T: Ord + Clone>(items: &[T]) -> Vec<T> {
    let mut v = items.to_vec();
    v.sort();
    v
}

/// Sorts a copy of `input` with both functions and compares with std's sort.
fn check_both<T: Ord + Clone + std::fmt::Debug>(input: &[T], what: &str) {
    let want = std_sorted(input);
    let shown = if input.len() <= 20 {
        format!("{input:?}")
    } else {
        format!("{what} ({} items)", input.len())
    };
    let mut got = input.to_vec();
    quicksort(&mut got);
    assert!(
        got == want,
        "quicksort({shown}): got {:?}, want {:?}",
        clip(&got),
        clip(&want)
    );
    let mut got = input.to_vec();
    merge_sort(&mut got);
    assert!(
        got == want,
        "merge_sort({shown}): got {:?}, want {:?}",
        clip(&got),
        clip(&want)
    );
}

/// At most the first 20 items, for readable failure messages.
fn clip<T>(v: &[T]) -> &[T] {
    &v[..v.len().min(20)]
}

#[test]
fn empty_and_single() {
    check_both::<i32>(&[], "empty");
    check_both(&[42], "one item");
}

#[test]
fn two_and_three_items_in_every_order() {
    check_both(&[1, 2], "");
    check_both(&[2, 1], "");
    check_both(&[1, 1], "");
    for p in [
        [1, 2, 3],
        [1, 3, 2],
        [2, 1, 3],
        [2, 3, 1],
        [3, 1, 2],
        [3, 2, 1],
        [2, 2, 1],
        [1, 2, 1],
    ] {
        check_both(&p, "");
    }
}

#[test]
fn negatives_duplicates_and_extremes() {
    check_both(&[3, -1, 0, -1, i64::MAX, i64::MIN, 3, 0, i64::MIN, 7], "");
    check_both(&[5, 5, 5, 5, 5], "");
    check_both(
        &lcg(1, 500, 5).iter().map(|x| x - 2).collect::<Vec<_>>(),
        "500 values in -2..=2",
    );
}

#[test]
fn strings() {
    let words: Vec<String> = [
        "pear", "Apple", "apple", "", "banana", "éclair", "zebra", "apple",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    check_both(&words, "");
}

#[test]
fn random_inputs_of_many_sizes() {
    for n in [4, 7, 15, 16, 17, 31, 32, 33, 100, 257, 1_000] {
        check_both(
            &lcg(n as u64, n, 1_000),
            &format!("{n} pseudo-random values"),
        );
        check_both(
            &lcg(n as u64 + 99, n, 3),
            &format!("{n} pseudo-random values in 0..3"),
        );
    }
}

/// An item ordered by `key` only; `tag` records its original position.
#[derive(Debug, Clone)]
struct Item {
    key: i32,
    tag: usize,
}

impl PartialEq for Item {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}
impl Eq for Item {}
impl PartialOrd for Item {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Item {
    fn cmp(&self, other: &Self) -> Ordering {
        self.key.cmp(&other.key)
    }
}

#[test]
fn merge_sort_is_stable() {
    for n in [2, 3, 10, 33, 1_000] {
        let keys = lcg(7 + n as u64, n, 4);
        let mut items: Vec<Item> = keys
            .iter()
            .enumerate()
            .map(|(tag, &k)| Item { key: k as i32, tag })
            .collect();
        merge_sort(&mut items);
        for w in items.windows(2) {
            let ok = w[0].key < w[1].key || (w[0].key == w[1].key && w[0].tag < w[1].tag);
            assert!(ok, "merge_sort of {n} items with keys {:?}...: {:?} came before {:?} (tags are original positions)",
                clip(&keys), w[0], w[1]);
        }
    }
}

#[test]
fn quicksort_sorts_items_with_equal_keys() {
    let keys = lcg(3, 2_000, 10);
    let mut items: Vec<Item> = keys
        .iter()
        .enumerate()
        .map(|(tag, &k)| Item { key: k as i32, tag })
        .collect();
    quicksort(&mut items);
    let got: Vec<i32> = items.iter().map(|it| it.key).collect();
    let want: Vec<i32> = std_sorted(&keys).into_iter().map(|k| k as i32).collect();
    assert!(
        got == want,
        "quicksort of 2000 items with keys in 0..10: keys out of order"
    );
    let mut tags: Vec<usize> = items.iter().map(|it| it.tag).collect();
    tags.sort();
    assert!(
        tags == (0..2_000).collect::<Vec<_>>(),
        "quicksort lost or duplicated items"
    );
}

#[test]
fn sorted_reversed_and_constant_inputs() {
    // The worst cases of a first-item pivot (sorted, reversed, all equal) and of insertion sort
    // (reversed). A good pivot choice and a three-way partition keep quicksort at n log n.
    let n = 4_000;
    let sorted: Vec<i64> = (0..n).collect();
    check_both(&sorted, "0..4000 (already sorted)");
    let reversed: Vec<i64> = (0..n).rev().collect();
    check_both(&reversed, "4000..0 (reversed)");
    let constant = vec![7i64; n as usize];
    check_both(&constant, "4000 sevens");
    let organ_pipe: Vec<i64> = (0..n / 2).chain((0..n / 2).rev()).collect();
    check_both(&organ_pipe, "0..2000 then back down (organ pipe)");
}

#[test]
fn larger_random_input() {
    let input = lcg(2024, 4_000, 1_000_000);
    check_both(&input, "4000 pseudo-random values");
}
