use crate::Rng;
use flatten_nested::{flatten, Nested};

pub type Input = Nested;

/// About n nodes: a wide top-level list whose entries are values or small sub-lists of
/// one to three values, some of those nested one level deeper.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let mut items = Vec::new();
    let mut nodes = 0;
    while nodes < n {
        let x = rng.range_i64(-1_000_000, 1_000_000);
        match rng.below(4) {
            0 | 1 => {
                items.push(Nested::Value(x));
                nodes += 1;
            }
            2 => {
                let k = 1 + rng.below(3) as i64;
                items.push(Nested::List((0..k).map(|j| Nested::Value(x + j)).collect()));
                nodes += 1 + k as usize;
            }
            _ => {
                let inner = Nested::List(vec![Nested::Value(x), Nested::Value(-x)]);
                items.push(Nested::List(vec![Nested::Value(x), inner]));
                nodes += 5;
            }
        }
    }
    Nested::List(items)
}

pub fn run(input: Input) -> u64 {
    let out = flatten(&input);
    out.len() as u64 ^ out.first().copied().unwrap_or(0) as u64
}
