// Quickselect narrows the range around a partition: expected linear.
// expect kth: time O(n), space O(1)
pub fn kth(v: &mut [i64], k: usize) -> i64 {
    let (mut lo, mut hi) = (0, v.len());
    loop {
        let pivot = v[lo + (hi - lo) / 2];
        let (mut i, mut j) = (lo, hi - 1);
        while i < j {
            if v[i] < pivot {
                i += 1;
            } else {
                v.swap(i, j);
                j -= 1;
            }
        }
        if k < i {
            hi = i;
        } else if k > i {
            lo = i + 1;
        } else {
            return v[i];
        }
    }
}
