// learner: optimal
// idiom: logic-programmer style: slice head/tail patterns walked in lockstep with an accumulator pair
//! Maximum sum of a sliding window: see README.md.

/// Sum of a prefix, written as a fold over head/tail (no recursion, so long
/// prefixes don't blow the stack).
fn sum_all(mut xs: &[i32], mut acc: i64) -> i64 {
    while let [x, rest @ ..] = xs {
        acc += i64::from(*x);
        xs = rest;
    }
    acc
}

/// Walks the entering and the leaving element together: `incoming` starts at
/// index k, `outgoing` at index 0; both advance one step at a time.
fn slide(mut incoming: &[i32], mut outgoing: &[i32], mut current: i64, mut best: i64) -> i64 {
    loop {
        match (incoming, outgoing) {
            ([enter, in_rest @ ..], [leave, out_rest @ ..]) => {
                current += i64::from(*enter) - i64::from(*leave);
                if current > best {
                    best = current;
                }
                incoming = in_rest;
                outgoing = out_rest;
            }
            _ => return best,
        }
    }
}

pub fn max_window_sum(nums: &[i32], k: usize) -> Option<i64> {
    match (k, nums.len()) {
        (0, _) => None,
        (k, n) if k > n => None,
        (k, _) => {
            let (first, incoming) = nums.split_at(k);
            let start = sum_all(first, 0);
            Some(slide(incoming, nums, start, start))
        }
    }
}
