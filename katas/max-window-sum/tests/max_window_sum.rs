use max_window_sum::max_window_sum;

#[test]
fn finds_the_best_window() {
    let nums = [1, 3, -1, -3, 5, 3, 6, 7];
    assert_eq!(max_window_sum(&nums, 3), Some(16), "input: {nums:?}, k = 3");
    assert_eq!(max_window_sum(&nums, 2), Some(13), "input: {nums:?}, k = 2");
}

#[test]
fn k_zero_has_no_window() {
    let nums = [1, 2, 3];
    assert_eq!(max_window_sum(&nums, 0), None, "input: {nums:?}, k = 0");
    assert_eq!(max_window_sum(&[], 0), None, "input: [], k = 0");
}

#[test]
fn k_larger_than_len_has_no_window() {
    let nums = [4, 2];
    assert_eq!(max_window_sum(&nums, 3), None, "input: {nums:?}, k = 3");
    assert_eq!(max_window_sum(&[], 1), None, "input: [], k = 1");
    assert_eq!(max_window_sum(&nums, usize::MAX), None, "input: {nums:?}, k = usize::MAX");
}

#[test]
fn k_equal_to_len_sums_everything() {
    let nums = [4, -2, 7, 1];
    assert_eq!(max_window_sum(&nums, 4), Some(10), "input: {nums:?}, k = 4");
    let nums = [-9];
    assert_eq!(max_window_sum(&nums, 1), Some(-9), "input: {nums:?}, k = 1");
}

#[test]
fn k_one_is_the_largest_element() {
    let nums = [3, -1, 8, 8, 2];
    assert_eq!(max_window_sum(&nums, 1), Some(8), "input: {nums:?}, k = 1");
}

#[test]
fn all_negative_numbers() {
    let nums = [-5, -2, -8, -1];
    assert_eq!(max_window_sum(&nums, 2), Some(-7), "input: {nums:?}, k = 2");
    assert_eq!(max_window_sum(&nums, 1), Some(-1), "input: {nums:?}, k = 1");
}

#[test]
fn best_window_at_either_end() {
    let nums = [9, 9, 0, 0, 0, 1];
    assert_eq!(max_window_sum(&nums, 2), Some(18), "input: {nums:?}, k = 2");
    let nums = [1, 0, 0, 0, 9, 9];
    assert_eq!(max_window_sum(&nums, 2), Some(18), "input: {nums:?}, k = 2");
}

#[test]
fn sums_do_not_overflow_i32() {
    let nums = [i32::MAX; 5];
    let want = 4 * i64::from(i32::MAX);
    assert_eq!(max_window_sum(&nums, 4), Some(want), "input: {nums:?}, k = 4");
    let nums = [i32::MIN, i32::MIN, i32::MAX, i32::MIN];
    let want = i64::from(i32::MIN) + i64::from(i32::MAX);
    assert_eq!(max_window_sum(&nums, 2), Some(want), "input: {nums:?}, k = 2");
}

#[test]
fn large_window_over_a_large_slice() {
    // Deterministic pseudo-random values in -1000..=1000, one window of half the length.
    let n = 28_000;
    let k = n / 2;
    let nums: Vec<i32> = (0..n as i64).map(|i| (i * 7_919 % 2_001) as i32 - 1_000).collect();
    // Oracle: prefix sums.
    let mut prefix = vec![0i64; n + 1];
    for i in 0..n {
        prefix[i + 1] = prefix[i] + i64::from(nums[i]);
    }
    let want = (0..=n - k).map(|s| prefix[s + k] - prefix[s]).max();
    assert_eq!(max_window_sum(&nums, k), want, "input: {n} pseudo-random values, k = {k}");
}
