// learner: optimal
// idiom: NestWhileList-style: levels from std::iter::successors over chunks(2), recursive descent as a pure function returning nothing but pushing into an accumulator
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
}

fn pair_up<H: MerkleHasher>(level: &Vec<H::Digest>) -> Option<Vec<H::Digest>> {
    if level.len() <= 1 {
        return None;
    }
    Some(
        level
            .chunks(2)
            .map(|pair| match *pair {
                [l, r] => H::node(l, r),
                [lone] => lone,
                _ => unreachable!(),
            })
            .collect(),
    )
}

fn descend<H: MerkleHasher>(
    a: &[Vec<H::Digest>],
    b: &[Vec<H::Digest>],
    level: usize,
    index: usize,
    out: &mut Vec<Range<usize>>,
) {
    if index >= a[level].len() || a[level][index] == b[level][index] {
        return;
    }
    if level == 0 {
        match out.last_mut() {
            Some(r) if r.end == index => r.end = index + 1,
            _ => out.push(index..index + 1),
        }
        return;
    }
    descend::<H>(a, b, level - 1, 2 * index, out);
    descend::<H>(a, b, level - 1, 2 * index + 1, out);
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let levels = std::iter::successors(Some(leaves), pair_up::<H>).collect();
        MerkleTree { levels }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last()?.first().copied()
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("cannot diff trees of different length: {} vs {}", self.len(), other.len());
        }
        let mut out = Vec::new();
        if !self.is_empty() {
            descend::<H>(&self.levels, &other.levels, self.levels.len() - 1, 0, &mut out);
        }
        out
    }
}
