// Three nested loops: cubic.
// expect three_sum_zero: time O(n^3), space O(1)
// target three_sum_zero: time O(n^2), space O(1)
pub fn three_sum_zero(v: &[i32]) -> bool {
    let n = v.len();
    for i in 0..n {
        for j in i + 1..n {
            for k in j + 1..n {
                if v[i] + v[j] + v[k] == 0 {
                    return true;
                }
            }
        }
    }
    false
}
