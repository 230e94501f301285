// learner: slow
// why: pair_sum is O(n log n) time, target O(n): copies and sorts the input, then walks two pointers inwards
/// Sorted copy + two pointers, skipping runs of equal values after a hit.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut sorted = nums.to_vec();
    sorted.sort_unstable();
    let mut result = Vec::new();
    if sorted.len() < 2 {
        return result;
    }
    let (mut lo, mut hi) = (0usize, sorted.len() - 1);
    while lo < hi {
        let (a, b) = (sorted[lo], sorted[hi]);
        // i128 avoids overflow for extreme values
        let sum = a as i128 + b as i128;
        let want = target as i128;
        if sum < want {
            lo += 1;
        } else if sum > want {
            hi -= 1;
        } else {
            result.push((a, b));
            while lo < hi && sorted[lo] == a {
                lo += 1;
            }
            while hi > lo && sorted[hi] == b {
                hi -= 1;
            }
        }
    }
    result
}
