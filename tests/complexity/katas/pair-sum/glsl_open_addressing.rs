// learner: optimal
// idiom: GLSL: hand-rolled power-of-two open-addressing table (linear probe, splitmix hash), like a GPU hash grid
//! Pairs that sum to a target: see README.md.

const EMPTY: u8 = 0;
const ONCE: u8 = 1;
const MANY: u8 = 2;

struct Grid {
    keys: Vec<i64>,
    state: Vec<u8>,
    mask: usize,
}

#[inline]
fn mix(x: i64) -> u64 {
    // splitmix64 finaliser: scrambles all the bits so the low lanes are usable
    let mut z = (x as u64).wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Grid {
    fn new(n: usize) -> Self {
        // load factor <= 0.5
        let size = (n.max(1) * 2).next_power_of_two();
        Grid { keys: vec![0; size], state: vec![EMPTY; size], mask: size - 1 }
    }

    fn slot(&self, key: i64) -> usize {
        let mut idx = (mix(key) as usize) & self.mask;
        loop {
            if self.state[idx] == EMPTY || self.keys[idx] == key {
                return idx;
            }
            idx = (idx + 1) & self.mask;
        }
    }

    fn bump(&mut self, key: i64) {
        let idx = self.slot(key);
        self.keys[idx] = key;
        self.state[idx] = (self.state[idx] + 1).min(MANY);
    }

    fn count(&self, key: i64) -> u8 {
        self.state[self.slot(key)]
    }
}

/// Returns every distinct pair of values `(a, b)` with `a <= b` and `a + b == target`,
/// taken from two different positions of `nums`.
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut grid = Grid::new(nums.len());
    for &v in nums {
        grid.bump(v);
    }

    let mut out = Vec::new();
    for lane in 0..grid.keys.len() {
        let st = grid.state[lane];
        if st == EMPTY {
            continue;
        }
        let v = grid.keys[lane];
        let Some(other) = target.checked_sub(v) else { continue };
        if v < other {
            if grid.count(other) != EMPTY {
                out.push((v, other));
            }
        } else if v == other && st == MANY {
            debug_assert!(st >= ONCE);
            out.push((v, v));
        }
    }
    out
}
