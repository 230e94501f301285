// learner: optimal
// idiom: C++20-ranges fan: levels built with chunks(2)+map views, depth-first explicit stack of (level, index), generic range-merge helper
use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

fn push_merged(out: &mut Vec<Range<usize>>, i: usize) {
    match out.last_mut() {
        Some(r) if r.end == i => r.end += 1,
        _ => out.push(i..i + 1),
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = vec![blocks.iter().map(|b| H::leaf(b)).collect()];
        while levels.last().map_or(false, |l| l.len() > 1) {
            let above = levels
                .last()
                .unwrap()
                .chunks(2)
                .map(|pair| match *pair {
                    [l, r] => H::node(l, r),
                    [only] => only,
                    _ => unreachable!(),
                })
                .collect();
            levels.push(above);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|top| top.first().copied())
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees of different length cannot be diffed");
        let mut out = Vec::new();
        if self.is_empty() {
            return out;
        }
        let mut stack = vec![(self.levels.len() - 1, 0usize)];
        while let Some((lvl, idx)) = stack.pop() {
            if self.levels[lvl][idx] == other.levels[lvl][idx] {
                continue;
            }
            if lvl == 0 {
                push_merged(&mut out, idx);
                continue;
            }
            let below = self.levels[lvl - 1].len();
            (2 * idx..(2 * idx + 2).min(below)).rev().for_each(|c| stack.push((lvl - 1, c)));
        }
        out
    }
}
