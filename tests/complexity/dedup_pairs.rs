// Distinct pairs kept in a Vec searched with contains, inside two nested loops.
// expect distinct_pairs: time O(n^3), space O(n)
pub fn distinct_pairs(v: &[i32], target: i32) -> Vec<(i32, i32)> {
    let mut pairs = Vec::new();
    for i in 0..v.len() {
        for j in i + 1..v.len() {
            if v[i] + v[j] == target {
                let p = (v[i].min(v[j]), v[i].max(v[j]));
                if !pairs.contains(&p) {
                    pairs.push(p);
                }
            }
        }
    }
    pairs
}
