// learner: slow
// why: max_window_sum is O(n·k) time, target O(n): every window is re-added cell by cell with an inner Do-While
pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    let row_count: usize = nums.len();
    let block_size: usize = k;
    let mut have_answer: bool = false;
    let mut best_block: i64 = 0;

    if block_size == 0 {
        return None;
    }
    if block_size > row_count {
        return None;
    }

    let mut start_row: usize = 0;
    while start_row + block_size <= row_count {
        let mut block_total: i64 = 0;
        let mut offset: usize = 0;
        while offset < block_size {
            let cell: i64 = nums[start_row + offset] as i64;
            block_total = block_total + cell;
            offset = offset + 1;
        }
        if have_answer == false {
            best_block = block_total;
            have_answer = true;
        } else if block_total > best_block {
            best_block = block_total;
        }
        start_row = start_row + 1;
    }

    if have_answer {
        Some(best_block)
    } else {
        None
    }
}
