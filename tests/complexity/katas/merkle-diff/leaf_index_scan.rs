// learner: slow
// why: MerkleTree::diff is O(n) time, target O(d log n): builds the tree but then compares the two leaf arrays index by index
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

/// A Merkle tree: levels[0] = leaves, last level = root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        let mut cur: Vec<H::Digest> = Vec::with_capacity(blocks.len());
        for b in blocks.iter() {
            cur.push(H::leaf(b));
        }
        while !cur.is_empty() {
            let len = cur.len();
            let mut next: Vec<H::Digest> = Vec::with_capacity(len / 2 + 1);
            let mut i = 0;
            while i < len {
                if i + 1 < len {
                    next.push(H::node(cur[i], cur[i + 1]));
                } else {
                    next.push(cur[i]);
                }
                i += 2;
            }
            levels.push(cur);
            if len == 1 {
                break;
            }
            cur = next;
        }
        MerkleTree { levels, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        if self.levels.is_empty() { 0 } else { self.levels[0].len() }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        match self.levels.last() {
            Some(top) => Some(top[0]),
            None => None,
        }
    }

    /// The ranges of block indices whose leaf digests differ between the two trees.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        let n = self.len();
        if n != other.len() {
            panic!("length mismatch: {} vs {}", n, other.len());
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        if n == 0 {
            return out;
        }
        let a = &self.levels[0];
        let b = &other.levels[0];
        let mut i = 0usize;
        while i < n {
            if a[i] != b[i] {
                let s = i;
                while i < n && a[i] != b[i] {
                    i += 1;
                }
                out.push(s..i);
            } else {
                i += 1;
            }
        }
        out
    }
}
