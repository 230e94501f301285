// learner: optimal
// idiom: VBA-style procedural: Do-While loops with explicit counters, named temporaries, bounds flags
//! Maximum sum of a sliding window: see README.md.

/// Returns the largest sum of `k` consecutive elements of `nums`,
/// or `None` when `k == 0` or `k > nums.len()`.
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let total_count: usize = nums.len();
    let window_size: usize = k;
    let mut is_valid_request: bool = true;

    'if_check: {
        if window_size == 0 {
            is_valid_request = false;
            break 'if_check;
        }
        if window_size > total_count {
            is_valid_request = false;
        }
    }
    if !is_valid_request {
        return None;
    }

    // first window
    let mut running_total: i64 = 0;
    let mut idx: usize = 0;
    while idx < window_size {
        let cell_value: i64 = nums[idx] as i64;
        running_total = running_total + cell_value;
        idx = idx + 1;
    }

    let mut best_total: i64 = running_total;
    let mut right_idx: usize = window_size;
    while right_idx < total_count {
        let left_idx: usize = right_idx - window_size;
        let entering_value: i64 = nums[right_idx] as i64;
        let leaving_value: i64 = nums[left_idx] as i64;
        running_total = running_total + entering_value - leaving_value;
        let found_new_best: bool = running_total > best_total;
        if found_new_best {
            best_total = running_total;
        }
        right_idx = right_idx + 1;
    }

    Some(best_total)
}
