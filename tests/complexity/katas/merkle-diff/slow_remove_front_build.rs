// learner: slow
// why: MerkleTree::build is O(n^2) time, target O(n): each level is consumed with Vec::remove(0), shifting the whole rest of the level for every node
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

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let mut queue = leaves.clone();
        levels.push(leaves);
        while queue.len() > 1 {
            let mut next = Vec::new();
            while !queue.is_empty() {
                let left = queue.remove(0);
                if queue.is_empty() {
                    next.push(left);
                } else {
                    let right = queue.remove(0);
                    next.push(H::node(left, right));
                }
            }
            levels.push(next.clone());
            queue = next;
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        if self.is_empty() {
            None
        } else {
            self.levels.last().map(|l| l[0])
        }
    }

    fn descend(&self, other: &Self, level: usize, i: usize, out: &mut Vec<Range<usize>>) {
        if self.levels[level][i] == other.levels[level][i] {
            return;
        }
        if level == 0 {
            if let Some(last) = out.last_mut() {
                if last.end == i {
                    last.end = i + 1;
                    return;
                }
            }
            out.push(i..i + 1);
            return;
        }
        let below = &self.levels[level - 1];
        let l = 2 * i;
        if l + 1 < below.len() {
            self.descend(other, level - 1, l, out);
            self.descend(other, level - 1, l + 1, out);
        } else {
            self.descend(other, level - 1, l, out);
        }
    }

    /// The ranges of block indices whose leaf digests differ between the two
    /// trees, increasing and maximal (adjacent differing blocks form one
    /// range). Panics, with a message that mentions "length", if the trees
    /// have different numbers of blocks.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "length mismatch");
        let mut out = Vec::new();
        if !self.is_empty() {
            self.descend(other, self.levels.len() - 1, 0, &mut out);
        }
        out
    }
}
