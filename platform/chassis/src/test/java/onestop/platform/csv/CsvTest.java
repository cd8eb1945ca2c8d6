package onestop.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void aCellThatCouldStartAFormulaIsDisarmed() {
        assertThat(Csv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(Csv.cell("+44 121")).isEqualTo("'+44 121");
        assertThat(Csv.cell("-cmd")).isEqualTo("'-cmd");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void aCellStartingWithANullCharacterIsDisarmedAsAsvsAsks() {
        assertThat(Csv.cell("\0=1+1")).isEqualTo("'\0=1+1");
    }

    @Test
    void numbersStayNumbers() {
        assertThat(Csv.cell(-2)).isEqualTo("-2");
        assertThat(Csv.cell(new BigDecimal("-0.50"))).isEqualTo("-0.50");
        assertThat(Csv.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void whatWouldBreakACellOrALineIsQuoted() {
        assertThat(Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void aLineEndsInCrLf() {
        assertThat(Csv.line("a", null, 3)).isEqualTo("a,,3\r\n");
    }
}
