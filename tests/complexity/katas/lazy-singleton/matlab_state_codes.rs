// learner: optimal
// idiom: MATLAB-style: AtomicU8 with numeric state codes (0 empty, 2 done), MaybeUninit storage, explicit Drop, if/else chains
use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Mutex;

const EMPTY: u8 = 0;
const DONE: u8 = 2;

pub struct OnceCell<T> {
    status: AtomicU8,
    gate: Mutex<()>,
    data: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: data is written once under `gate` before status becomes DONE
// (Release) and only read after status == DONE is seen (Acquire).
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { status: AtomicU8::new(EMPTY), gate: Mutex::new(()), data: UnsafeCell::new(MaybeUninit::uninit()) }
    }

    pub fn get(&self) -> Option<&T> {
        let s = self.status.load(Ordering::Acquire);
        if s == DONE {
            // SAFETY: DONE means data was fully written and published.
            Some(unsafe { (*self.data.get()).assume_init_ref() })
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let s = self.status.load(Ordering::Acquire);
        if s == DONE {
            return unsafe { (*self.data.get()).assume_init_ref() };
        }
        let g = match self.gate.lock() {
            Ok(g) => g,
            Err(e) => e.into_inner(),
        };
        if self.status.load(Ordering::Acquire) != DONE {
            let v = init(); // a panic here leaves status EMPTY
            unsafe {
                (*self.data.get()).write(v);
            }
            self.status.store(DONE, Ordering::Release);
        }
        drop(g);
        unsafe { (*self.data.get()).assume_init_ref() }
    }

    pub fn into_inner(mut self) -> Option<T> {
        if *self.status.get_mut() == DONE {
            *self.status.get_mut() = EMPTY; // so Drop does not drop it a second time
            // SAFETY: initialised; status now says empty, so this is the only copy.
            Some(unsafe { self.data.get_mut().assume_init_read() })
        } else {
            None
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.status.get_mut() == DONE {
            unsafe { self.data.get_mut().assume_init_drop() };
        }
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        if let Some(v) = this.cell.get() {
            return v;
        }
        this.cell.get_or_init(|| {
            let f = match this.init.lock() {
                Ok(mut g) => g.take(),
                Err(e) => e.into_inner().take(),
            };
            if f.is_none() {
                panic!("Lazy: initialiser panicked earlier (poisoned)");
            }
            (f.unwrap())()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
