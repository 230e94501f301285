// A grid given as rows: walking each row of the outer walk visits every
// cell once, O(n) in the number of cells (the size of the input). The same
// nested walk over adjacency lists is O(V + E).
// expect grid_sum: time O(n), space O(1)
pub fn grid_sum(grid: &Vec<Vec<i64>>) -> i64 {
    let mut total = 0;
    for row in grid {
        for &x in row {
            total += x;
        }
    }
    total
}
