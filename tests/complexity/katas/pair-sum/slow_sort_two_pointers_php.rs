// learner: slow
// why: pair_sum is O(n log n) time, target O(n): copies and sorts the input (PHP sort() habit) before the two-pointer walk
//! Pairs that sum to a target: see README.md.

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut arr = nums.to_vec();
    arr.sort();
    let mut result = Vec::new();
    if arr.len() < 2 {
        return result;
    }
    let (mut lo, mut hi) = (0usize, arr.len() - 1);
    while lo < hi {
        let sum = arr[lo] as i128 + arr[hi] as i128;
        if sum == target as i128 {
            result.push((arr[lo], arr[hi]));
            let (a, b) = (arr[lo], arr[hi]);
            while lo < hi && arr[lo] == a {
                lo += 1;
            }
            while hi > lo && arr[hi] == b {
                hi -= 1;
            }
        } else if sum < target as i128 {
            lo += 1;
        } else {
            hi -= 1;
        }
    }
    result
}
