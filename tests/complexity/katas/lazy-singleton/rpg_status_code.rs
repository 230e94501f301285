// learner: optimal
// idiom: RPG IV: a one-byte status field ('E'mpty/'R'unning/'D'one) like a job status, with a Condvar as the DLYJOB-free wait
// The initialiser runs outside the lock: I flag the record 'R' (in use),
// release the lock, call the program, then set 'D' and wake the waiters.
// If the program blows up, an "on-exit" guard puts the status back to 'E'.

use std::cell::UnsafeCell;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

const ST_EMPTY: u8 = b'E';
const ST_RUNNING: u8 = b'R';
const ST_DONE: u8 = b'D';

pub struct OnceCell<T> {
    st_cell: AtomicU8,
    lck_st: Mutex<()>,
    cv_wait: Condvar,
    da_value: UnsafeCell<Option<T>>,
}

// SAFETY: only the thread that moved st_cell from 'E' to 'R' (under lck_st)
// writes da_value, and it publishes with a Release store of 'D'. Readers
// read da_value only after an Acquire load that saw 'D'.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}

// on-exit block: runs if the initialiser panics before we mark it done
struct OnExit<'a> {
    st: &'a AtomicU8,
    lck: &'a Mutex<()>,
    cv: &'a Condvar,
    in_done: bool,
}

impl Drop for OnExit<'_> {
    fn drop(&mut self) {
        if !self.in_done {
            let _g = self.lck.lock().unwrap_or_else(PoisonError::into_inner);
            self.st.store(ST_EMPTY, Ordering::Release);
            self.cv.notify_all();
        }
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell {
            st_cell: AtomicU8::new(ST_EMPTY),
            lck_st: Mutex::new(()),
            cv_wait: Condvar::new(),
            da_value: UnsafeCell::new(None),
        }
    }

    pub fn get(&self) -> Option<&T> {
        if self.st_cell.load(Ordering::Acquire) == ST_DONE {
            unsafe { (*self.da_value.get()).as_ref() }
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(w_val) = self.get() {
            return w_val;
        }

        let mut w_guard = self.lck_st.lock().unwrap_or_else(PoisonError::into_inner);
        // DOW loop until I either see 'D' or get to be the one who runs it
        loop {
            let w_st = self.st_cell.load(Ordering::Acquire);
            if w_st == ST_DONE {
                drop(w_guard);
                return unsafe { (*self.da_value.get()).as_ref().unwrap() };
            }
            if w_st == ST_RUNNING {
                w_guard = self.cv_wait.wait(w_guard).unwrap_or_else(PoisonError::into_inner);
                continue;
            }
            // ST_EMPTY: it is mine
            self.st_cell.store(ST_RUNNING, Ordering::Relaxed);
            break;
        }
        drop(w_guard);

        let mut w_exit = OnExit {
            st: &self.st_cell,
            lck: &self.lck_st,
            cv: &self.cv_wait,
            in_done: false,
        };
        let w_new = init();
        // SAFETY: status is 'R' and I set it: no one else writes or reads
        unsafe {
            *self.da_value.get() = Some(w_new);
        }
        w_exit.in_done = true;
        {
            let _g = self.lck_st.lock().unwrap_or_else(PoisonError::into_inner);
            self.st_cell.store(ST_DONE, Ordering::Release);
            self.cv_wait.notify_all();
        }
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

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        if let Some(w_val) = this.cell.get() {
            return w_val;
        }
        this.cell.get_or_init(|| {
            let w_pgm = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            if w_pgm.is_none() {
                panic!("Lazy: initialiser failed earlier, value is poisoned");
            }
            (w_pgm.unwrap())()
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
