// Quickselect with ends called `from` and `to`: both ends move to the
// partition's result, expected linear whatever they are called.
// expect nth: time O(n), space O(1)
// target nth: time O(n), space O(1)
pub fn nth(v: &mut [i64], k: usize) -> i64 {
    let (mut from, mut to) = (0, v.len());
    loop {
        let pivot = v[from + (to - from) / 2];
        let (mut i, mut j) = (from, to - 1);
        while i < j {
            if v[i] < pivot {
                i += 1;
            } else {
                v.swap(i, j);
                j -= 1;
            }
        }
        if k < i {
            to = i;
        } else if k > i {
            from = i + 1;
        } else {
            return v[i];
        }
    }
}
