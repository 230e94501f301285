// Neighbouring grid cells: a range of three around the centre, twice.
// expect Grid::around: time O(1), space O(1)
// target Grid::around: time O(1), space O(1)
use std::collections::HashMap;
pub struct Grid {
    cells: HashMap<(i64, i64), u32>,
}
impl Grid {
    pub fn around(&self, kx: i64, ky: i64) -> u32 {
        let mut total = 0;
        for x in kx - 1..=kx + 1 {
            for y in (ky - 1)..(ky + 2) {
                if let Some(c) = self.cells.get(&(x, y)) {
                    total += c;
                }
            }
        }
        total
    }
}
