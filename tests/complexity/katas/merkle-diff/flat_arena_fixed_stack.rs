// learner: optimal
// idiom: embedded-style flat arena: all levels in one Vec with fixed [usize; 65] offset/len tables, fixed-size array stack for the DFS
use std::fmt::Debug;
use std::marker::PhantomData;
use std::ops::Range;

pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    fn leaf(data: &[u8]) -> Self::Digest;
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

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

const MAXLV: usize = 65;

pub struct MerkleTree<H: MerkleHasher = Fnv> {
    flat: Vec<H::Digest>,
    off: [usize; MAXLV],
    cnt: [usize; MAXLV],
    nlv: usize,
    _h: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut off = [0usize; MAXLV];
        let mut cnt = [0usize; MAXLV];
        let mut flat: Vec<H::Digest> = Vec::with_capacity(2 * n + 1);
        if n == 0 {
            return MerkleTree { flat, off, cnt, nlv: 0, _h: PhantomData };
        }
        let mut i = 0;
        while i < n {
            flat.push(H::leaf(blocks[i]));
            i += 1;
        }
        off[0] = 0;
        cnt[0] = n;
        let mut lv = 0;
        while cnt[lv] > 1 {
            let base = off[lv];
            let m = cnt[lv];
            off[lv + 1] = flat.len();
            let mut j = 0;
            while j + 1 < m {
                let d = H::node(flat[base + j], flat[base + j + 1]);
                flat.push(d);
                j += 2;
            }
            if j < m {
                let d = flat[base + j];
                flat.push(d);
            }
            cnt[lv + 1] = (m + 1) / 2;
            lv += 1;
        }
        MerkleTree { flat, off, cnt, nlv: lv + 1, _h: PhantomData }
    }

    pub fn len(&self) -> usize {
        if self.nlv == 0 { 0 } else { self.cnt[0] }
    }

    pub fn is_empty(&self) -> bool {
        self.nlv == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        if self.nlv == 0 {
            None
        } else {
            Some(self.flat[self.off[self.nlv - 1]])
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.len() != other.len() {
            panic!("cannot diff trees of different length: {} vs {}", self.len(), other.len());
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.nlv == 0 {
            return out;
        }
        // stack of (level, index); depth-first holds at most one sibling per level
        let mut stk = [(0usize, 0usize); 2 * MAXLV];
        let mut sp = 0usize;
        stk[sp] = (self.nlv - 1, 0);
        sp += 1;
        while sp > 0 {
            sp -= 1;
            let (lv, ix) = stk[sp];
            let p = self.off[lv] + ix;
            if self.flat[p] == other.flat[p] {
                continue;
            }
            if lv == 0 {
                let nr = out.len();
                if nr > 0 && out[nr - 1].end == ix {
                    out[nr - 1].end = ix + 1;
                } else {
                    out.push(ix..ix + 1);
                }
                continue;
            }
            let l = 2 * ix;
            let r = l + 1;
            if r < self.cnt[lv - 1] {
                stk[sp] = (lv - 1, r);
                sp += 1;
            }
            stk[sp] = (lv - 1, l);
            sp += 1;
        }
        out
    }
}
