// learner: slow
// why: pair_sum is O(n^2) time, target O(n): brute force with two while loops over index pairs, dedup with Vec::contains
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut out: Vec<(i64, i64)> = Vec::new();
    let mut i = 0;
    while i < nums.len() {
        let mut j = i + 1;
        while j < nums.len() {
            if let Some(s) = nums[i].checked_add(nums[j]) {
                if s == target {
                    let p = if nums[i] <= nums[j] { (nums[i], nums[j]) } else { (nums[j], nums[i]) };
                    if !out.contains(&p) {
                        out.push(p);
                    }
                }
            }
            j += 1;
        }
        i += 1;
    }
    out
}
