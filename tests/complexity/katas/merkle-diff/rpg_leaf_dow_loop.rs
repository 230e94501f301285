// learner: slow
// idiom: RPG IV: builds the tree, but diff just DOW-loops over the two leaf arrays with an index, comparing entry by entry (like matching two files record by record)
// why: diff compares all n leaf digests whatever d is: O(n) comparisons instead of O(d log n); the tree above the leaves is never used
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
    ar_lvl: Vec<Vec<H::Digest>>,
    n_blk: usize,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut ar_lvl: Vec<Vec<H::Digest>> = Vec::new();
        if blocks.is_empty() {
            return MerkleTree { ar_lvl, n_blk: 0 };
        }
        let mut w_cur: Vec<H::Digest> = Vec::with_capacity(blocks.len());
        for w_b in blocks {
            w_cur.push(H::leaf(w_b));
        }
        ar_lvl.push(w_cur);
        while ar_lvl[ar_lvl.len() - 1].len() > 1 {
            let w_below = &ar_lvl[ar_lvl.len() - 1];
            let mut w_up = Vec::new();
            let mut ix: usize = 0;
            while ix < w_below.len() {
                if ix + 1 < w_below.len() {
                    w_up.push(H::node(w_below[ix], w_below[ix + 1]));
                } else {
                    w_up.push(w_below[ix]);
                }
                ix += 2;
            }
            ar_lvl.push(w_up);
        }
        MerkleTree { ar_lvl, n_blk: blocks.len() }
    }

    pub fn len(&self) -> usize {
        self.n_blk
    }

    pub fn is_empty(&self) -> bool {
        self.n_blk == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.ar_lvl.last().map(|t| t[0])
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n_blk != other.n_blk {
            panic!("length mismatch: {} vs {}", self.n_blk, other.n_blk);
        }
        let mut w_out: Vec<Range<usize>> = Vec::new();
        let mut in_open = false; // a range is open
        let mut w_start: usize = 0;
        let mut ix: usize = 0;
        while ix < self.n_blk {
            let in_diff = !(self.ar_lvl[0][ix] == other.ar_lvl[0][ix]);
            if in_diff && !in_open {
                w_start = ix;
                in_open = true;
            } else if !in_diff && in_open {
                w_out.push(w_start..ix);
                in_open = false;
            }
            ix += 1;
        }
        if in_open {
            w_out.push(w_start..self.n_blk);
        }
        w_out
    }
}
