// learner: slow
// idiom: Coq-trained formal methods student: the tree is built properly, but diff is the specification itself: zip the two leaf lists and keep the indices where they differ
// why: diff is O(n) digest comparisons whatever d is (every leaf pair compared) vs the O(d log n) target; build and root are fine
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher (provided).
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

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = vec![blocks.iter().map(|b| H::leaf(b)).collect()];
        while let Some(last) = levels.last().filter(|l| l.len() > 1) {
            let up = last
                .chunks(2)
                .map(|c| match *c {
                    [l, r] => H::node(l, r),
                    [x] => x,
                    _ => unreachable!(),
                })
                .collect();
            levels.push(up);
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.levels[0].is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|l| l.first()).copied()
    }

    /// diff(a, b) = maximal runs of { i | leaf_a(i) ≠ leaf_b(i) }.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert_eq!(self.len(), other.len(), "trees of different length");
        let mut out: Vec<Range<usize>> = Vec::new();
        for (i, (x, y)) in self.levels[0].iter().zip(&other.levels[0]).enumerate() {
            if x != y {
                match out.last_mut() {
                    Some(r) if r.end == i => r.end = i + 1,
                    _ => out.push(i..i + 1),
                }
            }
        }
        out
    }
}
