// learner: slow
// idiom: Visual FoxPro database developer: copy the values into a work cursor, INDEX ON value (sort), then walk a top and a bottom record pointer toward each other, skipping runs of equal values after a hit.
// why: pair_sum is O(n log n) time (the sort of the copied array) vs the O(n) target; space is O(n) for the copy.
//! Pairs that sum to a target: see README.md.

pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut la_work: Vec<i64> = nums.to_vec();
    la_work.sort_unstable();

    let mut la_pairs: Vec<(i64, i64)> = Vec::new();
    if la_work.len() < 2 {
        return la_pairs;
    }
    let mut ln_top: usize = 0;
    let mut ln_bottom: usize = la_work.len() - 1;
    let ln_target = target as i128;
    while ln_top < ln_bottom {
        let ln_sum = la_work[ln_top] as i128 + la_work[ln_bottom] as i128;
        if ln_sum < ln_target {
            ln_top += 1;
        } else if ln_sum > ln_target {
            ln_bottom -= 1;
        } else {
            let ln_a = la_work[ln_top];
            let ln_b = la_work[ln_bottom];
            la_pairs.push((ln_a, ln_b));
            while ln_top < ln_bottom && la_work[ln_top] == ln_a {
                ln_top += 1;
            }
            while ln_bottom > ln_top && la_work[ln_bottom] == ln_b {
                ln_bottom -= 1;
            }
        }
    }
    la_pairs
}
