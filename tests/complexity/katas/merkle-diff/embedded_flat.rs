// learner: optimal
// idiom: embedded C style: one flat digest Vec with per-level start offsets, u32 indices, while loops, diff with a fixed-size array stack and manual stack pointer
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

/// A Merkle tree: levels stored in one flat Vec; `starts[k]` is where level k begins.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    flat: Vec<H::Digest>,
    starts: Vec<u32>,
    n: u32,
    _hasher: PhantomData<H>,
}

const MAX_STACK: usize = 2 * 66;

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len() as u32;
        let mut flat: Vec<H::Digest> = Vec::with_capacity(2 * blocks.len() + 1);
        let mut starts: Vec<u32> = Vec::new();
        let mut i: u32 = 0;
        while i < n {
            flat.push(H::leaf(blocks[i as usize]));
            i += 1;
        }
        if n == 0 {
            return MerkleTree { flat, starts, n, _hasher: PhantomData };
        }
        starts.push(0);
        let mut lo: u32 = 0;
        let mut width: u32 = n;
        while width > 1 {
            let next_lo = flat.len() as u32;
            let mut j: u32 = 0;
            while j + 1 < width {
                let d = H::node(flat[(lo + j) as usize], flat[(lo + j + 1) as usize]);
                flat.push(d);
                j += 2;
            }
            if j < width {
                let carried = flat[(lo + j) as usize];
                flat.push(carried);
            }
            starts.push(next_lo);
            lo = next_lo;
            width = (width + 1) / 2;
        }
        MerkleTree { flat, starts, n, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.n as usize
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        let top = *self.starts.last()?;
        Some(self.flat[top as usize])
    }

    fn at(&self, level: u32, idx: u32) -> H::Digest {
        self.flat[(self.starts[level as usize] + idx) as usize]
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.n == other.n, "trees have different length: {} vs {}", self.n, other.n);
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.n == 0 {
            return out;
        }
        // widths per level, computed once (at most 65 levels)
        let levels = self.starts.len() as u32;
        let mut widths = [0u32; 66];
        let mut k: u32 = 0;
        while k < levels {
            widths[k as usize] = if k == 0 { self.n } else { (widths[(k - 1) as usize] + 1) >> 1 };
            k += 1;
        }
        let mut stack = [(0u32, 0u32); MAX_STACK];
        let mut sp: usize = 0;
        stack[sp] = (levels - 1, 0);
        sp += 1;
        while sp > 0 {
            sp -= 1;
            let (lvl, idx) = stack[sp];
            if self.at(lvl, idx) == other.at(lvl, idx) {
                continue;
            }
            if lvl == 0 {
                let leaf = idx as usize;
                match out.last_mut() {
                    Some(r) if r.end == leaf => r.end = leaf + 1,
                    _ => out.push(leaf..leaf + 1),
                }
                continue;
            }
            let left = idx << 1;
            let right = left + 1;
            if right < widths[(lvl - 1) as usize] {
                stack[sp] = (lvl - 1, right);
                sp += 1;
            }
            stack[sp] = (lvl - 1, left);
            sp += 1;
        }
        out
    }
}
