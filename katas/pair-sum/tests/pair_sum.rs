use pair_sum::pair_sum;

/// Runs `pair_sum`, checks that every pair is ordered (`a <= b`), and returns the pairs sorted.
fn pairs(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut got = pair_sum(nums, target);
    for &(a, b) in &got {
        assert!(a <= b, "pair ({a}, {b}) is not ordered; input: {nums:?}, target {target}");
    }
    got.sort_unstable();
    got
}

#[test]
fn finds_all_pairs_in_a_small_slice() {
    let nums = [1, 2, 3, 4, 5];
    assert_eq!(pairs(&nums, 6), vec![(1, 5), (2, 4)], "input: {nums:?}, target 6");
}

#[test]
fn empty_slice_has_no_pairs() {
    assert_eq!(pairs(&[], 0), vec![], "input: [], target 0");
}

#[test]
fn single_element_never_pairs_with_itself() {
    let nums = [3];
    assert_eq!(pairs(&nums, 6), vec![], "input: {nums:?}, target 6");
}

#[test]
fn value_pairs_with_itself_only_when_repeated() {
    let nums = [3, -3, 3];
    assert_eq!(pairs(&nums, 6), vec![(3, 3)], "input: {nums:?}, target 6");
    let nums = [-3, 0, 3, 6, 9];
    assert_eq!(pairs(&nums, 6), vec![(-3, 9), (0, 6)], "input: {nums:?}, target 6");
}

#[test]
fn duplicates_are_reported_once() {
    let nums = [2, 2, 2, 4, 4, 4, 4];
    assert_eq!(pairs(&nums, 6), vec![(2, 4)], "input: {nums:?}, target 6");
    let nums = [5, 5, 5, 5];
    assert_eq!(pairs(&nums, 10), vec![(5, 5)], "input: {nums:?}, target 10");
}

#[test]
fn order_of_appearance_does_not_matter() {
    let nums = [5, 4, 3, 2, 1];
    assert_eq!(pairs(&nums, 6), vec![(1, 5), (2, 4)], "input: {nums:?}, target 6");
}

#[test]
fn negatives_and_zero() {
    let nums = [-2, 0, 2, 4, -4, 6];
    assert_eq!(pairs(&nums, 2), vec![(-4, 6), (-2, 4), (0, 2)], "input: {nums:?}, target 2");
    let nums = [0, 0, -7, 7];
    assert_eq!(pairs(&nums, 0), vec![(-7, 7), (0, 0)], "input: {nums:?}, target 0");
}

#[test]
fn no_pair_sums_to_target() {
    let nums = [1, 2, 4, 8, 16];
    assert_eq!(pairs(&nums, 7), vec![], "input: {nums:?}, target 7");
}

#[test]
fn extreme_values_do_not_overflow() {
    let nums = [i64::MIN, i64::MAX, 1, 0];
    assert_eq!(pairs(&nums, 1), vec![(0, 1)], "input: {nums:?}, target 1");
    assert_eq!(pairs(&nums, -1), vec![(i64::MIN, i64::MAX)], "input: {nums:?}, target -1");
    assert_eq!(pairs(&nums, i64::MIN), vec![(i64::MIN, 0)], "input: {nums:?}, target i64::MIN");
    assert_eq!(pairs(&nums, i64::MAX), vec![(0, i64::MAX)], "input: {nums:?}, target i64::MAX");
}

#[test]
fn large_input_is_fast() {
    // A permutation of 0..n: every i < n/2 pairs with n - 1 - i.
    let n: i64 = 8_000;
    let nums: Vec<i64> = (0..n).map(|i| i * 7_919 % n).collect();
    let got = pairs(&nums, n - 1);
    let want: Vec<(i64, i64)> = (0..n / 2).map(|i| (i, n - 1 - i)).collect();
    assert_eq!(got.len(), want.len(), "input: 0..{n} permuted, target {}", n - 1);
    assert_eq!(got, want, "input: 0..{n} permuted, target {}", n - 1);
    // An absent target: nothing may be found.
    assert_eq!(pairs(&nums, -5), vec![], "input: 0..{n} permuted, target -5");
}
