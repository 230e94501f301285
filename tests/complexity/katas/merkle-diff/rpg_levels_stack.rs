// learner: optimal
// idiom: RPG IV: one array per level (leaves in level 0), and an explicit work stack of (level, index) entries with a stack pointer instead of recursion
// Like walking a bill of materials top-down with my own stack: pop an
// entry, compare it, stack its components only when they differ.
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
    ar_lvl: Vec<Vec<H::Digest>>, // ar_lvl[0] = leaves, last = root level
    n_blk: usize,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut ar_lvl: Vec<Vec<H::Digest>> = Vec::new();
        if blocks.is_empty() {
            return MerkleTree { ar_lvl, n_blk: 0 };
        }
        let mut w_leaf: Vec<H::Digest> = Vec::with_capacity(blocks.len());
        for w_b in blocks {
            w_leaf.push(H::leaf(w_b));
        }
        ar_lvl.push(w_leaf);

        // DOW the top level has more than one node
        while ar_lvl[ar_lvl.len() - 1].len() > 1 {
            let w_below = &ar_lvl[ar_lvl.len() - 1];
            let mut w_up: Vec<H::Digest> = Vec::with_capacity(w_below.len() / 2 + 1);
            let mut ix: usize = 0;
            while ix < w_below.len() {
                if ix + 1 < w_below.len() {
                    w_up.push(H::node(w_below[ix], w_below[ix + 1]));
                } else {
                    w_up.push(w_below[ix]); // odd one carried up
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
        match self.ar_lvl.last() {
            Some(w_top) => Some(w_top[0]),
            None => None,
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n_blk != other.n_blk {
            panic!("merkle diff: trees differ in length ({} vs {})", self.n_blk, other.n_blk);
        }
        let mut w_out: Vec<Range<usize>> = Vec::new();
        if self.n_blk == 0 {
            return w_out;
        }
        let w_top = self.ar_lvl.len() - 1;
        let mut st_work: Vec<(usize, usize)> = Vec::with_capacity(2 * self.ar_lvl.len());
        st_work.push((w_top, 0));

        while let Some((w_k, w_i)) = st_work.pop() {
            if self.ar_lvl[w_k][w_i] == other.ar_lvl[w_k][w_i] {
                continue; // whole subtree the same
            }
            if w_k == 0 {
                // merge into the last range when adjacent
                match w_out.last_mut() {
                    Some(w_last) if w_last.end == w_i => w_last.end = w_i + 1,
                    _ => w_out.push(w_i..w_i + 1),
                }
                continue;
            }
            let w_left = 2 * w_i;
            let w_right = w_left + 1;
            // right first so the left comes off the stack first
            if w_right < self.ar_lvl[w_k - 1].len() {
                st_work.push((w_k - 1, w_right));
            }
            st_work.push((w_k - 1, w_left));
        }
        w_out
    }
}
