// learner: slow
// why: pair_sum is O(n^2) time, target O(n): the results table is de-duplicated by scanning it (and checking earlier positions) per element
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut result_table: Vec<(i64, i64)> = Vec::new();
    let mut i: usize = 0;
    while i < nums.len() {
        let value = nums[i];
        if let Some(comp) = target.checked_sub(value) {
            // PARAGRAPH: look back over earlier positions for the complement
            let mut found = false;
            let mut j: usize = 0;
            while j < i {
                if nums[j] == comp {
                    found = true;
                    j = i;
                } else {
                    j = j + 1;
                }
            }
            if found {
                let low = value.min(comp);
                let high = value.max(comp);
                let mut dup = false;
                let mut r: usize = 0;
                while r < result_table.len() {
                    if result_table[r] == (low, high) {
                        dup = true;
                    }
                    r = r + 1;
                }
                if !dup {
                    result_table.push((low, high));
                }
            }
        }
        i = i + 1;
    }
    result_table
}
