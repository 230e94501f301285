// A grid given as rows: rows × columns, both sized by the input.
// expect grid_sum: time O(n^2), space O(1)
pub fn grid_sum(grid: &Vec<Vec<i64>>) -> i64 {
    let mut total = 0;
    for row in grid {
        for &x in row {
            total += x;
        }
    }
    total
}
