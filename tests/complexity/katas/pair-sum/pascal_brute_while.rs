// learner: slow
// why: pair_sum is O(n^2) time, target O(n): two nested while loops try every pair of positions
//! Pairs that sum to a target: see README.md.

/* procedure AddPair(a, b; var result): add unless already there */
fn add_pair(a: i64, b: i64, result: &mut Vec<(i64, i64)>) {
    let p: (i64, i64) = if a <= b { (a, b) } else { (b, a) };
    let mut k: usize = 0;
    let mut present: bool = false;
    while k < result.len() {
        if result[k] == p {
            present = true;
        }
        k = k + 1;
    }
    if !present {
        result.push(p);
    }
}

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut result: Vec<(i64, i64)> = Vec::new();
    let n: usize = nums.len();
    let mut i: usize = 0;
    while i < n {
        let mut j: usize = i + 1;
        while j < n {
            let sum: i128 = nums[i] as i128 + nums[j] as i128;
            if sum == target as i128 {
                add_pair(nums[i], nums[j], &mut result);
            }
            j = j + 1;
        }
        i = i + 1;
    }
    result
}
