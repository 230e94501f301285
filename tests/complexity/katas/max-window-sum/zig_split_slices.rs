// learner: optimal
// idiom: split_at into head/tail slices, a tiny helper for widening, loop with early return guard
#[inline]
fn wide(x: i32) -> i64 {
    x as i64
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    match (k, nums.len()) {
        (0, _) => return None,
        (k, n) if k > n => return None,
        _ => {}
    }
    let (head, tail) = nums.split_at(k);
    let mut sum: i64 = 0;
    for &x in head {
        sum += wide(x);
    }
    let mut best = sum;
    let mut out_idx: usize = 0;
    for &x in tail {
        sum = sum + wide(x) - wide(nums[out_idx]);
        out_idx += 1;
        if sum <= best {
            continue;
        }
        best = sum;
    }
    Some(best)
}
