// learner: optimal
// idiom: RPG IV: a recursive subprocedure (RECURSIVE keyword style) that descends one level per call; depth is only log n, and the result ranges are passed by reference like a PR data structure parm
// Recursion is fine here: the tree is about 20 levels deep for a million
// blocks.
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

// add one differing leaf to the output, joining it to the previous range
fn add_leaf(p_out: &mut Vec<Range<usize>>, p_ix: usize) {
    let w_n = p_out.len();
    if w_n > 0 && p_out[w_n - 1].end == p_ix {
        p_out[w_n - 1].end = p_ix + 1;
    } else {
        p_out.push(p_ix..p_ix + 1);
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let w_n = blocks.len();
        let mut ar_lvl: Vec<Vec<H::Digest>> = Vec::new();
        if w_n == 0 {
            return MerkleTree { ar_lvl, n_blk: 0 };
        }
        ar_lvl.push(blocks.iter().map(|b| H::leaf(b)).collect());
        let mut w_k: usize = 0;
        while ar_lvl[w_k].len() > 1 {
            let w_cnt = ar_lvl[w_k].len();
            let mut w_up = Vec::with_capacity((w_cnt + 1) / 2);
            for ix in (0..w_cnt).step_by(2) {
                if ix + 1 < w_cnt {
                    w_up.push(H::node(ar_lvl[w_k][ix], ar_lvl[w_k][ix + 1]));
                } else {
                    w_up.push(ar_lvl[w_k][ix]);
                }
            }
            ar_lvl.push(w_up);
            w_k += 1;
        }
        MerkleTree { ar_lvl, n_blk: w_n }
    }

    pub fn len(&self) -> usize {
        self.n_blk
    }

    pub fn is_empty(&self) -> bool {
        self.n_blk == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.ar_lvl.last().map(|w_top| w_top[0])
    }

    // compare node (k, i) of both trees; descend only when they differ
    fn walk(&self, other: &Self, p_k: usize, p_i: usize, p_out: &mut Vec<Range<usize>>) {
        if self.ar_lvl[p_k][p_i] == other.ar_lvl[p_k][p_i] {
            return;
        }
        if p_k == 0 {
            add_leaf(p_out, p_i);
            return;
        }
        let w_below = p_k - 1;
        self.walk(other, w_below, 2 * p_i, p_out);
        if 2 * p_i + 1 < self.ar_lvl[w_below].len() {
            self.walk(other, w_below, 2 * p_i + 1, p_out);
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(
            self.n_blk == other.n_blk,
            "cannot diff trees of different length: {} and {}",
            self.n_blk,
            other.n_blk
        );
        let mut w_out = Vec::new();
        if self.n_blk > 0 {
            self.walk(other, self.ar_lvl.len() - 1, 0, &mut w_out);
        }
        w_out
    }
}
