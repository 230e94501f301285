// learner: optimal
// idiom: RPG IV: all digests in ONE flat array with a small table of level start offsets and counts (like an overlay of fixed segments), plus a fixed-size work stack with a stack pointer
// One array for everything, level after level, and a table saying where
// each level starts and how many entries it has. The work stack never
// holds more than one pending sibling per level, so 2 entries per level is
// plenty: I size it once up front.
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
    ar_dig: Vec<H::Digest>,
    ar_off: Vec<usize>, // start of level k in ar_dig
    ar_cnt: Vec<usize>, // number of nodes of level k
    n_blk: usize,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let w_n = blocks.len();
        let mut ar_dig: Vec<H::Digest> = Vec::with_capacity(2 * w_n);
        let mut ar_off: Vec<usize> = Vec::new();
        let mut ar_cnt: Vec<usize> = Vec::new();
        if w_n == 0 {
            return MerkleTree { ar_dig, ar_off, ar_cnt, n_blk: 0 };
        }
        let mut ix: usize = 0;
        while ix < w_n {
            ar_dig.push(H::leaf(blocks[ix]));
            ix += 1;
        }
        ar_off.push(0);
        ar_cnt.push(w_n);

        let mut w_lvl: usize = 0;
        while ar_cnt[w_lvl] > 1 {
            let w_from = ar_off[w_lvl];
            let w_cnt = ar_cnt[w_lvl];
            let w_start = ar_dig.len();
            let mut jx: usize = 0;
            while jx < w_cnt {
                let w_d = if jx + 1 < w_cnt {
                    H::node(ar_dig[w_from + jx], ar_dig[w_from + jx + 1])
                } else {
                    ar_dig[w_from + jx]
                };
                ar_dig.push(w_d);
                jx += 2;
            }
            ar_off.push(w_start);
            ar_cnt.push(ar_dig.len() - w_start);
            w_lvl += 1;
        }
        MerkleTree { ar_dig, ar_off, ar_cnt, n_blk: w_n }
    }

    pub fn len(&self) -> usize {
        self.n_blk
    }

    pub fn is_empty(&self) -> bool {
        self.n_blk == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.n_blk == 0 {
            None
        } else {
            Some(self.ar_dig[self.ar_dig.len() - 1])
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.n_blk != other.n_blk {
            panic!("diff needs trees of equal length");
        }
        let mut w_out: Vec<Range<usize>> = Vec::new();
        if self.n_blk == 0 {
            return w_out;
        }
        let w_levels = self.ar_off.len();
        // fixed work stack, 2 per level + 1, with stack pointer
        let mut st_lvl: Vec<usize> = vec![0; 2 * w_levels + 1];
        let mut st_ix: Vec<usize> = vec![0; 2 * w_levels + 1];
        let mut sp: usize = 0;
        st_lvl[sp] = w_levels - 1;
        st_ix[sp] = 0;
        sp += 1;

        while sp > 0 {
            sp -= 1;
            let w_k = st_lvl[sp];
            let w_i = st_ix[sp];
            let w_pos = self.ar_off[w_k] + w_i;
            if self.ar_dig[w_pos] == other.ar_dig[w_pos] {
                continue;
            }
            if w_k == 0 {
                let w_last = w_out.len();
                if w_last > 0 && w_out[w_last - 1].end == w_i {
                    w_out[w_last - 1].end = w_i + 1;
                } else {
                    w_out.push(w_i..w_i + 1);
                }
                continue;
            }
            if 2 * w_i + 1 < self.ar_cnt[w_k - 1] {
                st_lvl[sp] = w_k - 1;
                st_ix[sp] = 2 * w_i + 1;
                sp += 1;
            }
            st_lvl[sp] = w_k - 1;
            st_ix[sp] = 2 * w_i;
            sp += 1;
        }
        w_out
    }
}
