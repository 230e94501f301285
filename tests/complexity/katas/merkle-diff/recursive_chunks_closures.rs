// learner: optimal
// idiom: iterator build with chunks(2) + match on slice patterns, recursive diff helper that pushes into a &mut Vec, Option chaining for root
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

/// A Merkle tree: leaves first, then every level above, root last.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let mut levels = vec![leaves];
        while levels.last().map_or(false, |lvl| lvl.len() > 1) {
            let parent_level: Vec<H::Digest> = levels
                .last()
                .unwrap()
                .chunks(2)
                .map(|pair| match *pair {
                    [l, r] => H::node(l, r),
                    [only] => only,
                    _ => unreachable!(),
                })
                .collect();
            levels.push(parent_level);
        }
        Self { levels, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last()?.first().copied()
    }

    fn walk(&self, other: &Self, level: usize, i: usize, found: &mut Vec<Range<usize>>) {
        let mine = self.levels[level].get(i);
        let theirs = other.levels[level].get(i);
        let (Some(a), Some(b)) = (mine, theirs) else { return };
        if a == b {
            return; // whole subtree agrees
        }
        if level == 0 {
            if let Some(last) = found.last_mut().filter(|r| r.end == i) {
                last.end += 1;
            } else {
                found.push(i..i + 1);
            }
            return;
        }
        // left first so the ranges come out sorted
        self.walk(other, level - 1, 2 * i, found);
        self.walk(other, level - 1, 2 * i + 1, found);
    }

    /// The ranges of block indices whose leaf digests differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("cannot diff trees of different length ({} != {})", self.len(), other.len());
        }
        let mut found = vec![];
        if !self.is_empty() {
            self.walk(other, self.levels.len() - 1, 0, &mut found);
        }
        found
    }
}
