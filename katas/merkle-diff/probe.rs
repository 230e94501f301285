use crate::Rng;
use merkle_diff::{MerkleHasher, MerkleTree};
use std::cell::Cell;

thread_local! {
    static COMPARISONS: Cell<u64> = const { Cell::new(0) };
}

/// A digest whose `==` counts how often it is called.
#[derive(Clone, Copy, Debug)]
pub struct Counted(u64);

impl PartialEq for Counted {
    fn eq(&self, other: &Self) -> bool {
        COMPARISONS.with(|c| c.set(c.get() + 1));
        self.0 == other.0
    }
}
impl Eq for Counted {}

pub struct Counting;

fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Counting {
    type Digest = Counted;
    fn leaf(data: &[u8]) -> Counted {
        Counted(mix(data.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, &b| mix(h ^ b as u64))))
    }
    fn node(left: Counted, right: Counted) -> Counted {
        Counted(mix(left.0.rotate_left(17) ^ right.0 ^ 0x5bd1_e995))
    }
}

pub struct Input {
    a: Vec<[u8; 8]>,
    b: Vec<[u8; 8]>,
}

/// Two replicas of n 8-byte blocks that differ in 4 random blocks.
pub fn build(n: usize, rng: &mut Rng) -> Input {
    let a: Vec<[u8; 8]> = (0..n as u64).map(|i| i.to_le_bytes()).collect();
    let mut b = a.clone();
    for _ in 0..4 {
        let i = rng.below(n as u64) as usize;
        b[i][7] ^= 0xff;
    }
    Input { a, b }
}

/// Builds both trees (timed: `build`'s target is O(n), so the run's time
/// may grow like n, and a quadratic build shows), then one diff, whose
/// digest comparisons are counted and returned (O(d log n): log n here).
pub fn run(input: Input) -> u64 {
    let refs_a: Vec<&[u8]> = input.a.iter().map(|b| &b[..]).collect();
    let refs_b: Vec<&[u8]> = input.b.iter().map(|b| &b[..]).collect();
    let a = MerkleTree::<Counting>::build(&refs_a);
    let b = MerkleTree::<Counting>::build(&refs_b);
    COMPARISONS.with(|c| c.set(0));
    let ranges = a.diff(&b);
    let count = COMPARISONS.with(|c| c.get());
    std::hint::black_box(ranges);
    count
}
