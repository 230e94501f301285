// Every pair of positions: two nested loops over the same slice.
// expect count_pairs: time O(n^2), space O(1)
// target count_pairs: time O(n), space O(n)
pub fn count_pairs(nums: &[i64], target: i64) -> usize {
    let mut count = 0;
    for i in 0..nums.len() {
        for j in i + 1..nums.len() {
            if nums[i] + nums[j] == target {
                count += 1;
            }
        }
    }
    count
}
