// learner: slow
// why: MerkleTree::diff is O(n) time, target O(d log n): when the roots differ it walks every leaf index and compares the two leaf digests one by one
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        let mut leaves: Vec<H::Digest> = Vec::new();
        let mut i = 0;
        while i < blocks.len() {
            leaves.push(H::leaf(blocks[i]));
            i = i + 1;
        }
        levels.push(leaves);
        let mut row = 0;
        while levels[row].len() > 1 {
            let mut next_row: Vec<H::Digest> = Vec::new();
            let size = levels[row].len();
            let mut j = 0;
            while j < size {
                if j + 1 < size {
                    let a = levels[row][j];
                    let b = levels[row][j + 1];
                    next_row.push(H::node(a, b));
                } else {
                    next_row.push(levels[row][j]);
                }
                j = j + 2;
            }
            levels.push(next_row);
            row = row + 1;
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.levels[0].len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        let last = self.levels.len() - 1;
        if self.levels[last].len() == 0 {
            None
        } else {
            Some(self.levels[last][0])
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("different length");
        }
        let mut result: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return result;
        }
        // quick check: same root means nothing to do
        if self.root() == other.root() {
            return result;
        }
        // otherwise go through the blocks and compare each one
        let mut range_start: usize = 0;
        let mut in_range = false;
        let mut k = 0;
        let n = self.len();
        while k < n {
            let mine = self.levels[0][k];
            let theirs = other.levels[0][k];
            let same = mine == theirs;
            if !same && !in_range {
                range_start = k;
                in_range = true;
            }
            if same && in_range {
                result.push(range_start..k);
                in_range = false;
            }
            k = k + 1;
        }
        if in_range {
            result.push(range_start..n);
        }
        result
    }
}
