// learner: optimal
// idiom: RPG IV: an indicator flag (*INLR style) plus a record lock, checked twice like a CHAIN before an UPDATE
// One-time initialisation, written the way I would guard a data area:
// look at the "ready" indicator first, lock the record only when it is off,
// then look again under the lock before I write.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

//--------------------------------------------------------------------
// OnceCell: the "data area" with its ready indicator
//--------------------------------------------------------------------
pub struct OnceCell<T> {
    in_ready: AtomicBool,         // *ON once the value is written
    lck_init: Mutex<()>,          // the record lock for the writer
    da_value: UnsafeCell<Option<T>>,
}

// SAFETY: da_value is written only by the one thread that holds lck_init
// and sees in_ready still *OFF; after it sets in_ready (Release) nobody
// writes again, and readers touch da_value only after seeing in_ready *ON
// (Acquire). So shared access from many threads is read-only.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            in_ready: AtomicBool::new(false),
            lck_init: Mutex::new(()),
            da_value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.in_ready.load(Ordering::Acquire) {
            // SAFETY: ready is on, the value is final
            unsafe { (*self.da_value.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        // first check, no lock
        if let Some(w_val) = self.get() {
            return w_val;
        }

        // take the lock; a poisoned lock only means some earlier init panicked
        let _w_guard = self.lck_init.lock().unwrap_or_else(PoisonError::into_inner);

        // second check, under the lock
        if !self.in_ready.load(Ordering::Acquire) {
            let w_new = init(); // if this panics the cell is still *OFF
            // SAFETY: we hold the lock and ready is off: no reader looks yet
            unsafe {
                *self.da_value.get() = Some(w_new);
            }
            self.in_ready.store(true, Ordering::Release);
        }

        // SAFETY: ready is on now
        unsafe { (*self.da_value.get()).as_ref().unwrap() }
    }

    pub fn into_inner(self) -> Option<T> {
        self.da_value.into_inner()
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

//--------------------------------------------------------------------
// Lazy: the cell plus the program to call for it
//--------------------------------------------------------------------
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let w_pgm = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match w_pgm {
                Some(w_f) => w_f(),
                None => panic!("Lazy instance has previously been poisoned"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
