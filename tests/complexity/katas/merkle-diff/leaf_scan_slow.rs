// learner: slow
// why: MerkleTree::diff is O(n) time, target O(d log n): it walks every leaf index and compares the two leaf digests, never using the internal nodes to skip equal subtrees
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


/// A Merkle tree kept as levels; `tiers[0]` are the leaves.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    tiers: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    #[inline]
    fn combine(below: &[H::Digest]) -> Vec<H::Digest> {
        let mut v = Vec::with_capacity(below.len() / 2 + 1);
        let mut i = 0;
        while i < below.len() {
            v.push(if i + 1 < below.len() { H::node(below[i], below[i + 1]) } else { below[i] });
            i += 2;
        }
        v
    }

    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut tiers = Vec::new();
        if !blocks.is_empty() {
            let mut cur: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
            while cur.len() > 1 {
                let next = Self::combine(&cur);
                tiers.push(cur);
                cur = next;
            }
            tiers.push(cur);
        }
        MerkleTree { tiers, _hasher: PhantomData }
    }

    /// Number of blocks.
    #[inline]
    pub fn len(&self) -> usize {
        self.tiers.first().map_or(0, |t| t.len())
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The root digest; None for a tree without blocks.
    #[inline]
    pub fn root(&self) -> Option<H::Digest> {
        self.tiers.last().map(|t| t[0])
    }

    /// The ranges of block indices whose leaf digests differ between the two
    /// trees, increasing and maximal. Panics if the lengths differ.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        let n = self.len();
        if n != other.len() {
            panic!("length mismatch: {} vs {}", n, other.len());
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        if n == 0 || self.root() == other.root() {
            return out;
        }
        let mine = &self.tiers[0];
        let theirs = &other.tiers[0];
        let mut start: Option<usize> = None;
        for i in 0..n {
            let differs = mine[i] != theirs[i];
            match (differs, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push(s..i);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push(s..n);
        }
        out
    }
}
