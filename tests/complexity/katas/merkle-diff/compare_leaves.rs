// learner: slow
// idiom: Delphi/Object Pascal desktop developer: the tree is built level by level into a list of arrays, but the diff just walks both leaf arrays side by side with a for loop and an "in a run" flag
// why: MerkleTree::diff is O(n) digest comparisons instead of O(d log n): it compares every pair of leaves, whatever the number of differences (the root is never used to prune).
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
    FLevels: Vec<Vec<H::Digest>>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut Levels: Vec<Vec<H::Digest>> = Vec::new();
        if blocks.is_empty() {
            return MerkleTree { FLevels: Levels };
        }
        let mut Current: Vec<H::Digest> = Vec::with_capacity(blocks.len());
        for Block in blocks {
            Current.push(H::leaf(Block));
        }
        while Current.len() > 1 {
            let mut Next: Vec<H::Digest> = Vec::with_capacity((Current.len() + 1) / 2);
            let mut I = 0;
            while I + 1 < Current.len() {
                Next.push(H::node(Current[I], Current[I + 1]));
                I += 2;
            }
            if I < Current.len() {
                Next.push(Current[I]);
            }
            Levels.push(Current);
            Current = Next;
        }
        Levels.push(Current);
        MerkleTree { FLevels: Levels }
    }

    pub fn len(&self) -> usize {
        if self.FLevels.is_empty() { 0 } else { self.FLevels[0].len() }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        match self.FLevels.last() {
            Some(Top) => Some(Top[0]),
            None => None,
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("trees of different length cannot be compared");
        }
        let mut Result: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return Result;
        }
        let Mine = &self.FLevels[0];
        let Theirs = &other.FLevels[0];
        let mut RunStart: Option<usize> = None;
        for I in 0..Mine.len() {
            let Different = Mine[I] != Theirs[I];
            if Different && RunStart.is_none() {
                RunStart = Some(I);
            } else if !Different {
                if let Some(Start) = RunStart {
                    Result.push(Start..I);
                    RunStart = None;
                }
            }
        }
        if let Some(Start) = RunStart {
            Result.push(Start..Mine.len());
        }
        Result
    }
}
